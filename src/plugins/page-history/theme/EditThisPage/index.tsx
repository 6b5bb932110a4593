// "History" beside "Edit this page", on docs and blog posts alike: the
// theme's EditMetaRow renders EditThisPage on both, so wrapping this one
// public component puts the link in the same place everywhere. The link
// carries only the page's path; its history is fetched by the view.
import type { ReactNode } from 'react';
// @theme-init, not @theme-original: from a plugin's own theme folder, @theme-original names this wrapper itself.
import EditThisPage from '@theme-init/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import { usePluginData } from '@docusaurus/useGlobalData';

import { PLUGIN_NAME, type PageHistoryGlobalData } from '../../shared/types.ts';
import styles from './styles.module.css';

type Props = WrapperProps<typeof EditThisPageType>;

export default function EditThisPageWrapper(props: Props): ReactNode {
  const data = usePluginData(PLUGIN_NAME) as PageHistoryGlobalData | undefined;
  const { pathname } = useLocation();
  const historyPath = data?.historyPath;
  if (!historyPath) return <EditThisPage {...props} />;
  // A host may serve the page with a trailing slash; its history is keyed by the permalink.
  const page = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (
    <span className={styles.links}>
      <EditThisPage {...props} />
      <Link to={`${historyPath}?page=${encodeURI(page)}`} className={styles.historyLink}>
        History
      </Link>
    </span>
  );
}
