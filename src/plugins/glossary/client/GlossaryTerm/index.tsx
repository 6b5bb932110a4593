// A glossary term marked on a doc page by server/glossary-terms.ts: a
// link to the term's entry, with the definition as a tooltip that shows on
// hover and keyboard focus. It renders to plain HTML at build time, so the
// tooltip works before (and without) any script; the styles are global
// (../../glossary.css) because print.css hides the tooltip too.
//
// The plugin writes <glossary-term entry="pmc">PMCs</glossary-term> into the
// MDX and this component expands it; the definition comes from tips.ts, not
// from the page, so a definition is in the JavaScript once, not once per
// page that mentions it (design/glossary-marks.md).
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';

import { GLOSSARY_PATH } from '../../shared/glossary-names.ts';
import { tipId, useGlossaryTip } from './tips';

type Props = {
  /** The glossary entry's id, e.g. "pmc". */
  entry: string;
  children: ReactNode;
};

export default function GlossaryTerm({ entry, children }: Props) {
  const tip = useGlossaryTip(entry);
  return (
    <span className="glossary-term">
      <Link to={`${GLOSSARY_PATH}#${entry}`} aria-describedby={tipId(entry)}>
        {children}
      </Link>
      <span role="tooltip" id={tipId(entry)} className="glossary-term__tip">
        {tip}
      </span>
    </span>
  );
}
