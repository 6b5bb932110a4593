// Who answers for this page, and what a reader can do when it is wrong.
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import { calendarDateOf } from '../../shared/review.ts';
import { useReviewStatus } from '../useReviewStatus.ts';
import styles from './styles.module.css';

export default function PageOwner() {
  const { frontMatter, metadata } = useDoc();
  const { owners, reportIssueUrl } = useReviewStatus();
  const ownerId = (frontMatter as { owner?: unknown }).owner;
  const lastReviewed = calendarDateOf((frontMatter as { last_reviewed?: unknown }).last_reviewed);
  if (typeof ownerId !== 'string') return null;
  const owner = owners[ownerId];
  const reportUrl = `${reportIssueUrl}&title=${encodeURIComponent(`Page is wrong: ${metadata.title}`)}&page=${encodeURIComponent(metadata.permalink)}`;
  return (
    <aside className={styles.pageOwner} aria-label="Page owner">
      <p className={styles.owner}>
        Owner: <strong>{owner?.name ?? ownerId}</strong>
        {lastReviewed !== undefined && (
          <>
            {' '}
            · Last reviewed <time dateTime={lastReviewed}>{lastReviewed}</time>
          </>
        )}
      </p>
      <p className={styles.help}>
        Something here wrong or out of date? <Link to={reportUrl}>Tell {owner?.name ?? 'the owner'}</Link> in an issue,
        or fix it yourself with “Edit this page” below.
      </p>
    </aside>
  );
}
