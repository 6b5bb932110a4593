// Writes a production build's Markdown copies (./write-copies.ts) on a worker
// thread; see ./copies-in-worker.ts. Plain JavaScript because a worker starts
// from a file Node can run; it loads the TypeScript the way Docusaurus loads
// the plugin itself.
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, site, outDir } = workerData;
const { writeMarkdownCopies } = await loadFreshModule(modulePath);
parentPort.postMessage(await writeMarkdownCopies(site, outDir));
