// After each answer, the worker searches the query the reader is likeliest
// to type next (shared/engine/predict-next-query.ts) and throws the answer
// away: what that search fetches, the shards of the word's next letter and
// the snippets of the pages it ranks, is then in memory when the key comes.
// On long pages those snippets are what typing waits on, and no order of
// prefetched packs predicts them (design/search-prefetch-allowance.md).
import type { IndexReader } from '../shared/engine/index-reader.ts';
import { predictNextQuery } from '../shared/engine/predict-next-query.ts';
import { search, StaleQuery } from '../shared/engine/search.ts';
import type { SearchRequest } from '../shared/types.ts';

/**
 * Searches the predicted next query of `request`, once the vocabulary is in
 * memory (the first pack brings it; a reader who saves data gets neither).
 * Stops at its next await when `isStale` turns true: the reader typed on.
 */
export async function prefetchNextQuery(
  reader: IndexReader,
  request: SearchRequest,
  isStale: () => boolean,
): Promise<void> {
  const vocabulary = reader.vocabularyIfRequested();
  if (!vocabulary) return;
  const next = predictNextQuery(request.query, await vocabulary);
  if (next === null || isStale()) return;
  try {
    await search(reader, { ...request, query: next }, isStale);
  } catch (error) {
    if (!(error instanceof StaleQuery)) throw error;
  }
}
