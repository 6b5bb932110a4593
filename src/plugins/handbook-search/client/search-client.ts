import type { SearchRequest, SearchResponse } from '../shared/types.ts';
import type { WorkerAnswer, WorkerRequest } from './messages.ts';

type SearchOutcome =
  { status: 'done'; response: SearchResponse; milliseconds: number } | { status: 'failed'; message: string };

type Listener = (outcome: SearchOutcome) => void;

/**
 * One worker per tab, shared by the navbar dialog and the search page, so
 * index files fetched by one are cached for the other. Created on first use
 * only: nothing here runs on a page view until the reader reaches for search.
 */
let worker: Worker | undefined;
let nextSequence = 1;
let newestAnswered = 0;
const listeners = new Map<number, Listener>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'handbook-search' });
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      const listener = listeners.get(data.sequence);
      // An early answer is followed by the full one, to the same listener.
      if (data.type !== 'early') listeners.delete(data.sequence);
      // An answer older than one already shown is stale: drop it.
      if (!listener || data.sequence < newestAnswered) return;
      newestAnswered = data.sequence;
      for (const older of [...listeners.keys()].filter((sequence) => sequence < data.sequence)) listeners.delete(older);
      listener(
        data.type !== 'failed'
          ? { status: 'done', response: data.response, milliseconds: data.milliseconds }
          : { status: 'failed', message: data.message },
      );
    };
  }
  return worker;
}

function post(message: WorkerRequest) {
  getWorker().postMessage(message);
}

/** Starts the worker and fetches the manifest, e.g. when the search button gets focus. */
export function warmSearch(indexUrl: string) {
  post({ type: 'warm', indexUrl });
}

/** Tells the worker results are on screen: it may fetch the rest of the index in the background (once). */
export function preloadSearchIndex(indexUrl: string) {
  post({ type: 'preload', indexUrl });
}

/**
 * Sends a query; `onAnswer` is called once, or twice when the worker answers
 * with the best pages first (an early answer, then the full one), unless a
 * newer query is answered first, in which case this one's answers are dropped.
 */
export function sendQuery(indexUrl: string, request: SearchRequest, onAnswer: Listener): number {
  const sequence = nextSequence++;
  listeners.set(sequence, onAnswer);
  post({ type: 'search', indexUrl, sequence, request });
  return sequence;
}
