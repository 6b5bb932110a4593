// The search index worker of `npm start` (./dev-index.ts): started once, it
// builds the index each time it is asked, so a save pays for indexing only,
// not for starting a thread and loading the TypeScript again, and the pages'
// caches (src/content/process-memo.ts) live on between saves.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, siteDir } = workerData;
const { buildSiteSearchIndex, summarizeIndex, writeSearchIndex } = await loadFreshModule(modulePath);
parentPort.on('message', ({ loaded, outDir }) => {
  try {
    const started = performance.now();
    const built = buildSiteSearchIndex(siteDir, loaded);
    writeSearchIndex(outDir, built);
    parentPort.postMessage({ result: { summary: summarizeIndex(built), milliseconds: performance.now() - started } });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
