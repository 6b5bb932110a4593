// Client half of handbook search: this module Web Worker does all the work,
// so typing never waits on the page's main thread.
//
// Design (see also server/index.ts):
// - On the first message it fetches search-index/manifest.json (revalidated,
//   a few KB: shard map, page table, synonyms, version hash). Every other
//   file lives under search-index/<version>/ and is fetched only when a
//   query needs it, then kept in memory: the shard for each query word
//   (prefix shards for the word being typed), section metadata chunks for
//   the top pages only, and vocabulary.json only when a word has no exact or
//   prefix match (one-typo correction and "did you mean").
// - Once the page has shown its first results, the rest of the index follows
//   in the background as a few dozen pack files, one at a time and never
//   while a query runs (preload.ts), unless the connection is slow or the
//   reader saves data; a large index only up to an allowance.
// - After each answer it also searches the query one key ahead, along the
//   commonest completion of the word being typed (next-query.ts), so the
//   files the next key needs are fetched before it comes.
// - Scoring is BM25F over title, heading, body and label (shared/engine),
//   AND across words with prefix matching on the last word, glossary
//   synonyms as alternatives, results grouped by page.
// - An answer whose pages need snippets from the network can come in two
//   steps: every page at once by its title when the packs brought the page
//   rows (otherwise the best pages as soon as their snippets are in), then
//   all of them with their snippets (shared/engine/search.ts).
// - The page posts every keystroke with a rising sequence number. A query
//   that a newer one has overtaken stops at its next await (StaleQuery) and
//   its answer is never sent; the page also drops any late answer.
import { IndexReader } from '../shared/engine/index-reader.ts';
import { search, StaleQuery } from '../shared/engine/search.ts';
import type { SearchResponse } from '../shared/types.ts';
import type { WorkerAnswer, WorkerRequest } from './messages.ts';
import { prefetchNextQuery } from './next-query.ts';
import { mayPreload, preloadPacks, PRELOAD_DELAY_MS, QueryTracker, type ConnectionHints } from './preload.ts';

type WorkerScope = {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (answer: WorkerAnswer) => void;
};
const scope = globalThis as unknown as WorkerScope;

/** A versioned index file is gone: the index was rebuilt since the manifest was read. */
class IndexChanged extends Error {}

let reader: IndexReader | undefined;
let readerUrl = '';
let latestSequence = 0;
const queries = new QueryTracker();
/** The reader whose packs are loading or loaded. */
let preloaded: IndexReader | undefined;

function readerFor(indexUrl: string): IndexReader {
  if (!reader || readerUrl !== indexUrl) {
    readerUrl = indexUrl;
    reader = new IndexReader(async (path) => {
      const init: RequestInit =
        path === 'manifest.json' ? { cache: 'no-cache' } : path.includes('/pack-') ? { priority: 'low' } : {};
      const response = await fetch(new URL(path, indexUrl), init);
      if (response.status === 404 && path !== 'manifest.json') throw new IndexChanged(path);
      if (!response.ok) throw new Error(`search index file ${path}: HTTP ${response.status}`);
      return response.json();
    });
  }
  return reader;
}

/** Starts loading the packs of `index`, once (see preload.ts). */
function preloadIndex(index: IndexReader) {
  const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
  if (preloaded === index || !mayPreload(connection)) return;
  preloaded = index;
  setTimeout(() => {
    preloadPacks(index, queries, () => reader === index).catch(() => {
      // Offline for a moment, or the index was rebuilt: a later answer tries again.
      if (preloaded === index) preloaded = undefined;
    });
  }, PRELOAD_DELAY_MS);
}

scope.onmessage = async ({ data }) => {
  const index = readerFor(data.indexUrl);
  if (data.type === 'warm') {
    index.manifest().catch(() => undefined);
    return;
  }
  if (data.type === 'preload') {
    preloadIndex(index);
    return;
  }
  const { sequence, request } = data;
  latestSequence = Math.max(latestSequence, sequence);
  const started = performance.now();
  const isStale = () => sequence < latestSequence;
  queries.begin();
  try {
    const answerEarly = (response: SearchResponse) => {
      if (!isStale()) {
        scope.postMessage({ type: 'early', sequence, response, milliseconds: performance.now() - started });
      }
    };
    let response;
    try {
      response = await search(index, request, isStale, answerEarly);
    } catch (error) {
      if (!(error instanceof IndexChanged)) throw error;
      // The site was rebuilt under us (a deploy, or `npm start` after an
      // edit): the old version's files are gone. Start over from the manifest.
      reader = undefined;
      response = await search(readerFor(data.indexUrl), request, isStale, answerEarly);
    }
    if (sequence < latestSequence) return;
    scope.postMessage({ type: 'results', sequence, response, milliseconds: performance.now() - started });
    // Only where packs may load (the vocabulary comes with the first), so a reader saving data fetches no guesses.
    if (preloaded && preloaded === reader) {
      prefetchNextQuery(preloaded, request, isStale).catch(() => {
        // A guess that failed to fetch costs nothing: the real key fetches what it needs.
      });
    }
  } catch (error) {
    if (error instanceof StaleQuery) return;
    scope.postMessage({ type: 'failed', sequence, message: error instanceof Error ? error.message : String(error) });
  } finally {
    queries.end();
  }
};
