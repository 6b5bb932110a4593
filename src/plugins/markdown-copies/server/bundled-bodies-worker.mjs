// Prints the copies' bodies from the trees the bundler parsed
// (./bundled-bodies.ts), on a worker thread beside the bundling process's
// main thread. Plain JavaScript because a worker starts from a file Node can
// run; it loads the TypeScript the way Docusaurus loads the plugin itself.
// Messages posted before the module has loaded wait in the port.
import { parentPort, workerData } from 'node:worker_threads';
import { loadFreshModule } from '@docusaurus/utils';

const { modulePath, ...printer } = workerData;
const { printBodies } = await loadFreshModule(modulePath);
printBodies(printer, parentPort);
