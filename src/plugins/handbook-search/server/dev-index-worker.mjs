// The search index worker of `npm start` (./dev-index.ts): started once, it
// builds the index each time it is asked, so a save pays for indexing only,
// not for starting a thread and loading the TypeScript again, and the pages'
// caches (src/content/process-memo.ts) live on between saves. So do each
// section's terms and each pack's compressed size (build-search-index.ts),
// and the files of the index it wrote last: unchanged ones are linked into the
// new index from the served one, not written again (write-search-index.ts).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, siteDir } = workerData;
const { siteIndexBuilder, summarizeIndex, writeSearchIndex, INDEX_URL_PATH } = await loadFreshModule(modulePath);
const buildIndex = siteIndexBuilder(siteDir);
/** The files of the last index written, which the dev indexer then moved to `servedDir`. */
let lastFiles;
parentPort.on('message', ({ loaded, outDir, servedDir }) => {
  try {
    const started = performance.now();
    const built = buildIndex(loaded);
    const previous = lastFiles && servedDir ? { root: join(servedDir, INDEX_URL_PATH), files: lastFiles } : undefined;
    lastFiles = undefined;
    writeSearchIndex(outDir, built, previous);
    lastFiles = built.files;
    parentPort.postMessage({ result: { summary: summarizeIndex(built), milliseconds: performance.now() - started } });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
