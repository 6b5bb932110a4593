// The search index under `npm start`. Building it reads and tokenizes every
// page, seconds at 2,000 pages, and allContentLoaded runs again on every
// save: built there, it held each save's hot update up. Here a save only
// notes what to index; the index is built on a worker thread once the
// bundler has finished the compile the save started (so the edited page
// reaches the browser first) and no other save follows for a moment, or after
// a short wait when no compile comes. Saves made meanwhile are folded into one
// rebuild (design/dev-loop.md).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { IndexFromWorker } from './index-in-worker.ts';
import type { LoadedContent } from './read-search-pages.ts';
import { moveSearchIndex } from './write-search-index.ts';

/** How long a noted save waits for the bundler's compile before the index is built anyway. */
const NO_COMPILE_WAIT_MS = 3000;
/**
 * How long the saves must pause after a compile before the index is rebuilt.
 * In a large handbook a rebuild is seconds of CPU and rewrites the whole index:
 * started between two saves of a contributor at work, it held the next save's
 * compile up, so saves a few seconds apart fold into one rebuild once they stop.
 */
const AFTER_COMPILE_MS = 2500;
/** Until the first index is written search has none to answer from, so it is built as soon as the first compile is done. */
const FIRST_INDEX_AFTER_COMPILE_MS = 300;

export type DevIndexer = {
  /** A save (or the first load) happened: index this content soon. */
  schedule: (loaded: LoadedContent) => void;
  /** The bundler finished a compile: a noted save can be indexed once no other follows for a moment. */
  compiled: () => void;
  /** The bundler's watcher saw a change: a compile is coming, so a rebuild not yet started waits for it. */
  compiling: () => void;
  /** Resolves once every noted save is indexed (tests). */
  settled: () => Promise<void>;
};

/** Builds the index of `loaded` into `workDir`; `servedDir` holds the index served now, which it may reuse files of. */
type Build = (loaded: LoadedContent, workDir: string, servedDir: string) => Promise<IndexFromWorker>;

/**
 * Builds on one worker thread kept for the whole session (dev-index-worker.mjs):
 * starting a thread and loading the index code cost more than indexing a
 * small handbook. It does not keep the process alive; a worker that dies is
 * replaced at the next build.
 */
export function persistentWorkerBuild(siteDir: string): Build {
  let worker: Worker | undefined;
  return (loaded, outDir, servedDir) =>
    new Promise((resolve, reject) => {
      const current = (worker ??= new Worker(join(__dirname, 'dev-index-worker.mjs'), {
        workerData: { modulePath: join(__dirname, 'index.ts'), siteDir },
      }));
      current.unref();
      const settle = () => {
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
      };
      const onMessage = (message: { result?: IndexFromWorker; error?: string }) => {
        settle();
        if (message.result) resolve(message.result);
        else reject(new Error(message.error ?? 'the search index worker sent no index'));
      };
      const onError = (error: Error) => {
        settle();
        worker = undefined;
        reject(error);
      };
      const onExit = (code: number) => {
        settle();
        worker = undefined;
        reject(new Error(`the search index worker stopped (exit code ${code}) before it sent the index`));
      };
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ loaded, outDir, servedDir });
    });
}

export function createDevIndexer(options: {
  siteDir: string;
  /** The folder the dev server serves the index from. */
  servedDir: string;
  workDir: string;
  report: (result: IndexFromWorker, root: string) => void;
  fail: (error: unknown) => void;
  build?: Build;
  waitMs?: number;
  afterCompileMs?: number;
}): DevIndexer {
  const build: Build = options.build ?? persistentWorkerBuild(options.siteDir);
  let pending: LoadedContent | undefined;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Until the first compile is done the server is starting: the index waits for it, not for a timer.
  let compiledOnce = false;
  let indexed = false;

  async function drain() {
    while (pending) {
      const loaded = pending;
      pending = undefined;
      try {
        const result = await build(loaded, options.workDir, options.servedDir);
        mkdirSync(options.servedDir, { recursive: true });
        options.report(result, await moveSearchIndex(options.workDir, options.servedDir));
        indexed = true;
      } catch (error) {
        options.fail(error);
      }
    }
  }
  function startIn(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(start, ms);
    timer.unref();
  }
  function start() {
    clearTimeout(timer);
    timer = undefined;
    if (running || !pending) return;
    running = drain().finally(() => {
      running = undefined;
    });
  }
  return {
    schedule(loaded) {
      pending = loaded;
      if (compiledOnce) startIn(options.waitMs ?? NO_COMPILE_WAIT_MS);
    },
    compiled() {
      compiledOnce = true;
      if (pending) startIn(indexed ? (options.afterCompileMs ?? AFTER_COMPILE_MS) : FIRST_INDEX_AFTER_COMPILE_MS);
    },
    compiling() {
      clearTimeout(timer);
      timer = undefined;
    },
    async settled() {
      while (running || pending) {
        if (!running) start();
        await running;
      }
    },
  };
}
