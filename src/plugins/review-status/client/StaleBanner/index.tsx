// A notice at the top of a doc that is past its review date. Whether a doc is
// due was decided when the site was built (src/plugins/review-status), so the
// server-rendered HTML and the hydrated page agree.
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import { useReviewStatus } from '../useReviewStatus.ts';
import { DUE_FOR_REVIEW_PATH } from '../../shared/types.ts';
import styles from './styles.module.css';

export default function StaleBanner() {
  const { frontMatter, metadata } = useDoc();
  const { due, owners } = useReviewStatus();
  const entry = due[metadata.id];
  if (!entry) return null;
  const ownerId = (frontMatter as { owner?: unknown }).owner;
  const ownerName = (typeof ownerId === 'string' && owners[ownerId]?.name) || 'the page owner';
  return (
    <div className={styles.staleBanner} role="note" aria-label="Due for review">
      <p>
        <strong>This page is due for review.</strong> It was last reviewed on{' '}
        <time dateTime={entry.lastReviewed}>{entry.lastReviewed}</time> and was due again on{' '}
        <time dateTime={entry.dueDate}>{entry.dueDate}</time>, so some of it may be out of date. Before relying on it,
        check with {ownerName}. See <Link to={DUE_FOR_REVIEW_PATH}>every page due for review</Link>.
      </p>
    </div>
  );
}
