// A build's heavy passes that need nothing from the main thread (the search
// index, the Markdown copies) run on worker threads, so they use the second
// core while the main thread does other work.
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts the worker at `file` with `workerData` and resolves with the first
 * message it sends; rejects with the worker's own error, or says which worker
 * (`name`) stopped if it exits without a message. `resourceLimits` caps the
 * worker's heap, which otherwise grows as a main thread's would.
 */
export function firstMessageFrom<T>(
  file: string,
  workerData: unknown,
  name: string,
  resourceLimits?: ResourceLimits,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
    let settled = false;
    worker.once('message', (result: T) => {
      settled = true;
      resolve(result);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ${name} worker stopped (exit code ${code}) before it sent its result`));
    });
  });
}
