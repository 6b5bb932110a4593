// A production build renders its pages in a process of its own (the second
// of scripts/build.ts's two), on worker threads, while that process's main
// thread mostly waits for them. The search index is built beside them, on a
// worker thread too, so neither building it nor writing its files holds the
// main thread up. The worker writes the files to a folder of its own, and
// postBuild only moves that folder into the output
// (design/search-index-chunking.md).
import { join } from 'node:path';

import { firstMessageFrom } from '../../../content/worker-result.ts';
import type { LoadedContent } from './read-search-pages.ts';
import type { IndexSummary } from './write-search-index.ts';

/** The index's size, and the time building and writing it took. */
export type IndexFromWorker = { summary: IndexSummary; milliseconds: number };

/**
 * buildSiteSearchIndex(siteDir, loaded) then writeSearchIndex(outDir, …), on
 * a worker thread: the index ends up in <outDir>/search-index. Rejects with
 * the worker's own error.
 */
export function buildSiteSearchIndexInWorker(
  siteDir: string,
  loaded: LoadedContent,
  outDir: string,
): Promise<IndexFromWorker> {
  return firstMessageFrom(
    join(__dirname, 'index-worker.mjs'),
    { modulePath: join(__dirname, 'index.ts'), siteDir, loaded, outDir },
    'search index',
  );
}
