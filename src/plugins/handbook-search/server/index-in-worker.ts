// A production build spends its first half with the main thread compiling
// MDX while the machine's other cores are mostly idle (2 cores here: 110-140%
// CPU for the first 20 s of a 2,000-page build). Building the search index
// there, on a worker thread, takes its 1-2 s off the build's critical path;
// postBuild waits for it and writes it into the output (issue #8).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { BuiltSearchIndex } from './build-search-index.ts';
import type { LoadedContent } from './read-search-pages.ts';

export type IndexFromWorker = { built: BuiltSearchIndex; milliseconds: number };

/** buildSiteSearchIndex(siteDir, loaded), on a worker thread. Rejects with the worker's own error. */
export function buildSiteSearchIndexInWorker(siteDir: string, loaded: LoadedContent): Promise<IndexFromWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'index-worker.mjs'), {
      workerData: { modulePath: join(__dirname, 'index.ts'), siteDir, loaded },
    });
    let settled = false;
    worker.once('message', (result: IndexFromWorker) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the search index worker stopped (exit code ${code}) before it sent the index`));
    });
  });
}
