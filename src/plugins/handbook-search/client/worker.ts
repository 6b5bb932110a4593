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
// - Scoring is BM25F over title, heading, body and label (shared/engine),
//   AND across words with prefix matching on the last word, glossary
//   synonyms as alternatives, results grouped by page.
// - The page posts every keystroke with a rising sequence number. A query
//   that a newer one has overtaken stops at its next await (StaleQuery) and
//   its answer is never sent; the page also drops any late answer.
import { IndexReader } from '../shared/engine/index-reader.ts';
import { search, StaleQuery } from '../shared/engine/search.ts';
import type { WorkerAnswer, WorkerRequest } from './messages.ts';

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

function readerFor(indexUrl: string): IndexReader {
  if (!reader || readerUrl !== indexUrl) {
    readerUrl = indexUrl;
    reader = new IndexReader(async (path) => {
      const response = await fetch(new URL(path, indexUrl), path === 'manifest.json' ? { cache: 'no-cache' } : {});
      if (response.status === 404 && path !== 'manifest.json') throw new IndexChanged(path);
      if (!response.ok) throw new Error(`search index file ${path}: HTTP ${response.status}`);
      return response.json();
    });
  }
  return reader;
}

scope.onmessage = async ({ data }) => {
  const index = readerFor(data.indexUrl);
  if (data.type === 'warm') {
    index.manifest().catch(() => undefined);
    return;
  }
  const { sequence, request } = data;
  latestSequence = Math.max(latestSequence, sequence);
  const started = performance.now();
  const isStale = () => sequence < latestSequence;
  try {
    let response;
    try {
      response = await search(index, request, isStale);
    } catch (error) {
      if (!(error instanceof IndexChanged)) throw error;
      // The site was rebuilt under us (a deploy, or `npm start` after an
      // edit): the old version's files are gone. Start over from the manifest.
      reader = undefined;
      response = await search(readerFor(data.indexUrl), request, isStale);
    }
    if (sequence < latestSequence) return;
    scope.postMessage({ type: 'results', sequence, response, milliseconds: performance.now() - started });
  } catch (error) {
    if (error instanceof StaleQuery) return;
    scope.postMessage({ type: 'failed', sequence, message: error instanceof Error ? error.message : String(error) });
  }
};
