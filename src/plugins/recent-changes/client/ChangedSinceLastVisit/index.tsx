// "Changed since your last visit" beside a page's last-update date, when the
// page changed after the reader last opened it. Each page keeps its own last
// visit in localStorage, read and recorded by the same code as the
// recent-changes list's (../RecentChanges/last-visit.ts), and shows the same
// badge; nothing shows on a first visit, without storage, or in the server's HTML.
import type { ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';

import { isChangedSince, pageVisitKey, useLastVisit } from '../RecentChanges/last-visit.ts';
import styles from './styles.module.css';

export function ChangedBadge(): ReactNode {
  return <span className={styles.badge}>Changed since your last visit</span>;
}

/** `date`: when the page last changed, in milliseconds (the docs' lastUpdatedAt). */
export default function ChangedSinceLastVisit({ date }: { date: number }): ReactNode {
  const lastVisit = useLastVisit(pageVisitKey(useLocation().pathname));
  return isChangedSince(date, lastVisit) ? <ChangedBadge /> : null;
}
