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
//
// The link is a plain <a> that navigates inside the app on a plain click,
// not Docusaurus' <Link>: <Link> prefetches its target's chunks when it
// scrolls into view, once per distinct URL, so every term on screen matched
// and queued the glossary page's chunks again (design/glossary-marks.md).
// The broken-link check still sees the URL and its anchor.
import type { MouseEvent, ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

import { GLOSSARY_PATH } from '../../shared/glossary-names.ts';
import { tipId, useGlossaryTip } from './tips';

type Props = {
  /** The glossary entry's id, e.g. "pmc". */
  entry: string;
  children: ReactNode;
};

/** A click the browser should handle itself: new tab or window, download, not the main button. */
function opensElsewhere(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

export default function GlossaryTerm({ entry, children }: Props) {
  const tip = useGlossaryTip(entry);
  const history = useHistory();
  const to = `${GLOSSARY_PATH}#${entry}`;
  const href = useBaseUrl(to);
  useBrokenLinks().collectLink(href);
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || opensElsewhere(event)) return;
    event.preventDefault();
    history.push(href);
  };
  return (
    <span className="glossary-term">
      <a href={href} onClick={navigate} aria-describedby={tipId(entry)}>
        {children}
      </a>
      <span role="tooltip" id={tipId(entry)} className="glossary-term__tip">
        {tip}
      </span>
    </span>
  );
}
