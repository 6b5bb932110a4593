// Under every doc, after the theme's own footer (tags, "Edit this page",
// last update): a "read" tick for the reader's checklist, the pages that link
// here, and the way to what changed recently.
import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import Backlinks from '@site/src/components/Backlinks';
import MarkAsRead from '@site/src/components/ReadingPath/MarkAsRead';
import { useBacklinks, useRecentChangesPath } from '@site/src/plugins/wiki-links/client/use-wiki-links';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const backlinks = useBacklinks(metadata.permalink);
  const recentChangesPath = useRecentChangesPath();
  return (
    <>
      <Footer {...props} />
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
