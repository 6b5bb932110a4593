// Runs buildSiteSearchIndex (./index.ts) on a worker thread for a production
// build and writes the index files; see ./index-in-worker.ts. Plain JavaScript because a worker starts
// from a file Node can run; it loads the TypeScript the way Docusaurus loads
// the plugin itself.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, siteDir, loaded, outDir } = workerData;
const { buildSiteSearchIndex, summarizeIndex, writeSearchIndex } = await loadFreshModule(modulePath);
const started = performance.now();
const built = buildSiteSearchIndex(siteDir, loaded);
writeSearchIndex(outDir, built);
parentPort.postMessage({ summary: summarizeIndex(built), milliseconds: performance.now() - started });
