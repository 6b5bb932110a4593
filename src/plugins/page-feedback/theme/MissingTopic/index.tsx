// Where a search finds nothing (the dialog and the /search page): a link that
// turns the query into a request for a page, on the missing-topic issue form,
// addressed to the owner of the section closest to the query. The words each
// section is about load as a chunk of their own, only when this appears.
import { useEffect, useState, type ReactNode } from 'react';

import { ownerOf, usePageFeedbackData } from '../../client/use-page-feedback.ts';
import { closestSection } from '../../shared/closest-section.ts';
import { missingTopicUrl } from '../../shared/issue-url.ts';
import type { SectionTopics } from '../../shared/types.ts';
import styles from './styles.module.css';

type Props = {
  query: string;
  /** The path of the page the reader searched from. */
  from: string;
};

function useSectionTopics(): readonly SectionTopics[] | null {
  const [topics, setTopics] = useState<readonly SectionTopics[] | null>(null);
  useEffect(() => {
    let current = true;
    import('@handbook/section-topics')
      .then((module) => current && setTopics(module.default))
      // Without the list the request still goes to the maintainers.
      .catch(() => current && setTopics([]));
    return () => {
      current = false;
    };
  }, []);
  return topics;
}

/** How long a query must stay without results before it counts as a search that found nothing. */
const SETTLED_MS = 1000;

export default function MissingTopic({ query, from }: Props): ReactNode {
  const data = usePageFeedbackData();
  const topics = useSectionTopics();
  // To the optional analytics, once the reader stops typing; without HANDBOOK_ANALYTICS_URL the build drops this.
  useEffect(() => {
    if (!process.env.HANDBOOK_ANALYTICS_ENDPOINT || query.trim() === '') return undefined;
    const timer = window.setTimeout(() => {
      const href = window.location.href;
      void import('../../../analytics/client/send-event.ts').then(({ sendEvent }) =>
        sendEvent('Search: no result', { query }, href),
      );
    }, SETTLED_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  if (!data || query.trim() === '') return null;
  const section = topics ? closestSection(query, topics) : null;
  const owner = ownerOf(data, section?.owner ?? data.fallbackOwner);
  const href = missingTopicUrl(data.issuesNewUrl, { query: query.trim(), from, owner });
  return (
    <p className={styles.missingTopic}>
      <a href={href}>Ask for a page about “{query.trim()}”</a>{' '}
      <span className={styles.owner}>
        (an issue for {owner.name}
        {section ? `, who look after ${section.label}` : ''})
      </span>
    </p>
  );
}
