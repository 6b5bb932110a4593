import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import useBaseUrl from '@docusaurus/useBaseUrl';

import type { SearchResponse } from '../shared/types.ts';
import { preloadSearchIndex, sendQuery, warmSearch } from './search-client.ts';

export type SearchState = {
  response: SearchResponse | null;
  /** True while the newest query has no answer yet (earlier results stay on screen). */
  pending: boolean;
  error: string | null;
};

/** The absolute URL of the index folder, honouring the site's baseUrl. */
export function useSearchIndexUrl(): string {
  const path = useBaseUrl('/search-index/');
  return typeof window === 'undefined' ? path : new URL(path, window.location.href).href;
}

/**
 * Searches on every change of the query or filters, no debounce: the worker
 * answers in milliseconds and drops overtaken queries itself.
 */
export function useSearch(query: string, limit: number, labels: readonly string[] = []): SearchState {
  const indexUrl = useSearchIndexUrl();
  const [state, setState] = useState<SearchState>({ response: null, pending: false, error: null });
  const labelKey = labels.join('\n');
  useEffect(() => {
    if (query.trim() === '') {
      warmSearch(indexUrl);
      setState({ response: null, pending: false, error: null });
      return;
    }
    setState((previous) => ({ ...previous, pending: true }));
    let current = true;
    sendQuery(indexUrl, { query, limit, labels: labelKey ? labelKey.split('\n') : [] }, (outcome) => {
      if (!current) return;
      // Rendered within the task that brings the worker's answer. Left to
      // React, an update from a message event has default priority and
      // renders in a later task, behind whatever else the page queued.
      flushSync(() =>
        setState(
          outcome.status === 'done'
            ? { response: outcome.response, pending: false, error: null }
            : { response: null, pending: false, error: outcome.message },
        ),
      );
    });
    return () => {
      current = false;
    };
  }, [indexUrl, query, limit, labelKey]);
  // Asked after results are painted, not when the worker sends them: a page
  // slow to show its first results must not be downloading packs meanwhile.
  // Asked on every answer; the worker starts once, and again only if a
  // preload failed (offline for a moment).
  useEffect(() => {
    if (state.response) preloadSearchIndex(indexUrl);
  }, [state.response, indexUrl]);
  return state;
}
