// Above every doc, beside the breadcrumbs: a plain link to the page's
// Markdown copy (it works without JavaScript) and a button that copies that
// Markdown. The breadcrumbs also head category index pages, which have no
// copy, so the links show only where the current page is a doc. The docs
// plugin lists those index pages among its docs with their slug as the id
// ('/culture'); a doc's id never starts with a slash. The doc is found by
// look-up in the version's docs (../../shared/doc-at-path.ts).
import type { ReactNode } from 'react';
import DocBreadcrumbs from '@theme-init/DocBreadcrumbs';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

import CopyAsMarkdown from '../CopyAsMarkdown';
import { copyPathFor } from '../../shared/copy-path';
import { docAtPath } from '../../shared/doc-at-path';
import styles from './styles.module.css';

export default function DocBreadcrumbsWrapper(props: Record<string, unknown>): ReactNode {
  const version = useActiveVersion(undefined);
  const { pathname } = useLocation();
  const activeDoc = version ? docAtPath(version.docs, pathname) : undefined;
  const baseUrl = useBaseUrl('/');
  if (!activeDoc || activeDoc.id.startsWith('/')) return <DocBreadcrumbs {...props} />;
  const markdownUrl = `${baseUrl}${copyPathFor(activeDoc.path, baseUrl)}`;
  return (
    <div className={styles.bar}>
      <DocBreadcrumbs {...props} />
      <CopyAsMarkdown markdownUrl={markdownUrl} />
    </div>
  );
}
