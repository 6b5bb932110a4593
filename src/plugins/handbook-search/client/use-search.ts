import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

import type { SearchResponse } from '../shared/types.ts';
import { preloadSearchIndex, sendQuery, warmSearch } from './search-client.ts';
import { useSearchIndexUrl } from './search-index-url.ts';

export type SearchState = {
  response: SearchResponse | null;
  /** True while the newest query has no answer yet (earlier results stay on screen). */
  pending: boolean;
  error: string | null;
};

/** The last answer, and the request it answers. */
type Answer = { request: string; response: SearchResponse | null; error: string | null };

const NO_ANSWER: Answer = { request: '', response: null, error: null };

/**
 * Searches on every change of the query or filters, no debounce: the worker
 * answers in milliseconds and drops overtaken queries itself.
 *
 * A key costs the page one render for the key and one for the answer:
 * `pending` is worked out from the request the shown answer belongs to,
 * not kept in state, which took a third render (scheduled in a task of its
 * own, which the answer could queue behind).
 */
export function useSearch(query: string, limit: number, labels: readonly string[] = []): SearchState {
  const indexUrl = useSearchIndexUrl();
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER);
  const labelKey = labels.join('\n');
  const request = JSON.stringify([query, limit, labelKey]);
  const empty = query.trim() === '';
  useEffect(() => {
    if (empty) {
      warmSearch(indexUrl);
      // Typing again after clearing the box starts from no results.
      setAnswer(NO_ANSWER);
      return;
    }
    let current = true;
    sendQuery(indexUrl, { query, limit, labels: labelKey ? labelKey.split('\n') : [] }, (outcome) => {
      if (!current) return;
      // Rendered within the task that brings the worker's answer. Left to
      // React, an update from a message event has default priority and
      // renders in a later task, behind whatever else the page queued.
      flushSync(() =>
        setAnswer(
          outcome.status === 'done'
            ? { request, response: outcome.response, error: null }
            : { request, response: null, error: outcome.message },
        ),
      );
    });
    return () => {
      current = false;
    };
  }, [indexUrl, query, limit, labelKey, request, empty]);
  // Asked after results are painted, not when the worker sends them: a page
  // slow to show its first results must not be downloading packs meanwhile.
  // Asked on every answer; the worker starts once, and again only if a
  // preload failed (offline for a moment).
  useEffect(() => {
    if (answer.response) preloadSearchIndex(indexUrl);
  }, [answer.response, indexUrl]);
  if (empty) return { response: null, pending: false, error: null };
  return { response: answer.response, pending: answer.request !== request, error: answer.error };
}
