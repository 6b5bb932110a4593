// The search index worker of `npm start` (./dev-index.ts): started once, it
// builds the index each time it is asked, so a save pays for indexing only,
// not for starting a thread and loading the TypeScript again, and the pages'
// caches (src/content/process-memo.ts) live on between saves.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

// Indexing can wait; the next save's compile and the browser's hot update
// cannot. On Linux a thread has its own niceness (setpriority takes its id,
// read from /proc/thread-self): at 10 it gets about a tenth of a core the
// bundler also wants, and still finishes on a machine busy with other work
// (at 19 it could wait minutes there). Elsewhere it keeps the process's priority.
try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  setPriority(threadId, constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // No /proc (not Linux), or not allowed: index at the normal priority.
}

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
