import type { SearchRequest, SearchResponse } from '../shared/types.ts';

/**
 * Page → worker. `indexUrl` is the absolute URL of the search-index/ folder
 * (it carries the baseUrl). `preload`: the page has shown its first results,
 * so the rest of the index may follow (preload.ts).
 */
export type WorkerRequest =
  | { type: 'warm'; indexUrl: string }
  | { type: 'preload'; indexUrl: string }
  | { type: 'search'; indexUrl: string; sequence: number; request: SearchRequest };

/**
 * Worker → page, answering the search with the same sequence number. `early`:
 * the answer before the snippets still on their way (pages listed by title,
 * or only the best pages); the `results` of the same search follow.
 */
export type WorkerAnswer =
  | { type: 'early' | 'results'; sequence: number; response: SearchResponse; milliseconds: number }
  | { type: 'failed'; sequence: number; message: string };
