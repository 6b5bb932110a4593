// The docs sidebar, plus the "read" ticks of the reader's checklist (see
// src/plugins/reading-path/client/read-marks.ts): one style element for the whole
// sidebar, empty on the server and during hydration, so the server HTML and
// the first client render agree.
import type { ReactNode } from 'react';
import DocSidebar from '@theme-original/DocSidebar';
import type DocSidebarType from '@theme/DocSidebar';
import type { WrapperProps } from '@docusaurus/types';

import { readMarksCss } from '@site/src/plugins/reading-path/client/read-marks';
import { useReadPages } from '@site/src/plugins/reading-path/client/read-pages';

type Props = WrapperProps<typeof DocSidebarType>;

export default function DocSidebarWrapper(props: Props): ReactNode {
  const { readPages } = useReadPages();
  const css = readMarksCss(readPages);
  return (
    <>
      <DocSidebar {...props} />
      {css && <style>{css}</style>}
    </>
  );
}
