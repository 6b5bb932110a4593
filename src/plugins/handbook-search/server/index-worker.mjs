// Runs buildSiteSearchIndex (./index.ts) on a worker thread for a production
// build; see ./index-in-worker.ts. Plain JavaScript because a worker starts
// from a file Node can run; it loads the TypeScript the way Docusaurus loads
// the plugin itself.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, siteDir, loaded } = workerData;
const { buildSiteSearchIndex } = await loadFreshModule(modulePath);
const started = performance.now();
const built = buildSiteSearchIndex(siteDir, loaded);
parentPort.postMessage({ built, milliseconds: performance.now() - started });
