// Under every doc, after the theme's own footer (tags, "Edit this page",
// last update): "Was this page helpful?", a "read" tick for the reader's checklist, the pages that link
// here, and the way to what changed recently.
import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import Backlinks from '@site/src/plugins/backlinks/client/Backlinks';
import { useBacklinks } from '@site/src/plugins/backlinks/client/use-backlinks';
import MarkAsRead from '@site/src/plugins/reading-path/client/MarkAsRead';
import { useRecentChangesPath } from '@site/src/plugins/recent-changes/client/use-recent-changes-path';
import PageFeedback from '@site/src/plugins/page-feedback/theme/PageFeedback';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const backlinks = useBacklinks(metadata.permalink);
  const recentChangesPath = useRecentChangesPath();
  return (
    <>
      <Footer {...props} />
      <PageFeedback />
      <MarkAsRead permalink={metadata.permalink} />
      <Backlinks pages={backlinks} />
      {recentChangesPath && (
        <p className={styles.recentChanges}>
          <Link to={recentChangesPath}>Recent changes across the handbook</Link>
        </p>
      )}
    </>
  );
}
