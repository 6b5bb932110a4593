// Wraps the sidebar link to mark pages the reader has checked off on the
// reading path (see src/components/ReadingPath). The mark is added after
// hydration, so the server HTML and the first client render agree.
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';

import { normalizePath, useReadPages } from '@site/src/components/ReadingPath/read-pages';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

export default function LinkWrapper(props: Props): ReactNode {
  const { readPages } = useReadPages();
  const isRead = readPages.has(normalizePath(props.item.href));
  if (!isRead) return <Link {...props} />;
  return <Link {...props} item={{ ...props.item, className: clsx(props.item.className, styles.read) }} />;
}
