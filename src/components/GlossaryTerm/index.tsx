// A glossary term marked on a doc page by src/remark/glossary-terms.ts: a
// link to the term's entry, with the definition as a tooltip that shows on
// hover and keyboard focus. It renders to plain HTML at build time, so the
// tooltip works before (and without) any script; the styles are global
// (src/css/reading.css) because print.css hides the tooltip too.
//
// The plugin writes <glossary-term entry="pmc" tip="…">PMCs</glossary-term>
// into the MDX and this component expands it. Written out in each page's MDX,
// the same markup cost ~10 s of a 2,000-page build and 5 MB of page chunks
// (issue #8); the component keeps each mark to its id, its text and its tip.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';

/** Where the glossary page lives; each entry's heading id is the entry's id. */
export const GLOSSARY_PATH = '/docs/glossary';

type Props = {
  /** The glossary entry's id, e.g. "pmc". */
  entry: string;
  /** "Term (expansion): definition", as the reader sees it in the tooltip. */
  tip: string;
  children: ReactNode;
};

export default function GlossaryTerm({ entry, tip, children }: Props) {
  const tipId = `glossary-tip-${entry}`;
  return (
    <span className="glossary-term">
      <Link to={`${GLOSSARY_PATH}#${entry}`} aria-describedby={tipId}>
        {children}
      </Link>
      <span role="tooltip" id={tipId} className="glossary-term__tip">
        {tip}
      </span>
    </span>
  );
}
