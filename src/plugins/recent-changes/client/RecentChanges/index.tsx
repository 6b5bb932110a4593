// The list on /recent-changes: each handbook page's latest change, newest
// first, with a "new" mark on what changed since the reader last looked.
import Link from '@docusaurus/Link';

import { formatDate } from '@site/src/components/format-date';
import type { RecentChanges as RecentChangesData } from '../../shared/types.ts';
import { ChangedBadge } from '../ChangedSinceLastVisit';
import { isChangedSince, useLastVisit } from './last-visit.ts';
import styles from './styles.module.css';

function VisitNote({ newCount, lastVisit }: { newCount: number; lastVisit: ReturnType<typeof useLastVisit> }) {
  if (lastVisit.state === 'pending') return null;
  if (lastVisit.state === 'first') {
    return <p className={styles.visitNote}>Come back later: pages changed after today will be marked as new.</p>;
  }
  const since = formatDate(lastVisit.time, 'medium');
  return (
    <p className={styles.visitNote}>
      {newCount === 0
        ? `Nothing has changed since your last visit on ${since}.`
        : `${newCount} ${newCount === 1 ? 'page has' : 'pages have'} changed since your last visit on ${since}.`}
    </p>
  );
}

export default function RecentChanges({ data }: { data: RecentChangesData }) {
  const lastVisit = useLastVisit();
  if (!data.available) {
    return (
      <p className={styles.unavailable}>
        History is unavailable for this copy of the handbook. {data.reason} Each page still shows its own last update
        date at the bottom.
      </p>
    );
  }
  if (data.changes.length === 0) return <p>No handbook page has a recorded change yet.</p>;
  const newCount = data.changes.filter((change) => isChangedSince(change.date, lastVisit)).length;
  return (
    <>
      <VisitNote newCount={newCount} lastVisit={lastVisit} />
      <ol className={styles.changes}>
        {data.changes.map((change) => {
          const isNew = isChangedSince(change.date, lastVisit);
          return (
            <li key={change.url} className={styles.change}>
              <time className={styles.date} dateTime={change.date}>
                {formatDate(change.date, 'medium')}
              </time>
              <div className={styles.body}>
                <Link to={change.url} className={styles.title}>
                  {change.title}
                </Link>
                {isNew && <ChangedBadge />}
                <p className={styles.summary}>
                  {change.summary}
                  {change.commit && <code className={styles.commit}>{change.commit}</code>}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
