// Once a reader has seen a first answer, the worker fetches more of the
// index in the background (the pack files, see shared/types.ts IndexPack), so
// that the keys typed next find their shards and snippets in memory instead
// of waiting on a request each. The first answer itself stays cheap: it needs
// the manifest, a shard or two and the snippets of eight pages, and the page
// asks for the packs only once it has shown that answer (use-search.ts).
//
// The packs come likeliest-needed first, and the worker stops at a byte
// allowance: on a large handbook of long pages the whole index is several
// megabytes, most of it words nobody will type in one visit. A query for
// anything not prefetched fetches its own files, as before
// (design/search-prefetch-allowance.md). A reader on a metered or slow
// connection gets no packs at all (design/search-background-packs.md).
import type { IndexReader } from '../shared/engine/index-reader.ts';

/** How long after the first answer is shown the packs start: the reader's next key goes first. */
export const PRELOAD_DELAY_MS = 200;

/**
 * An index whose packs come to at most this many gzip bytes is prefetched
 * whole, so typing never waits on a request: the handbook itself and the
 * short-page bench corpus at 2,000 pages (about 1.4 MB) are.
 */
export const WHOLE_INDEX_BYTES = 1_500_000;

/**
 * What a larger index prefetches at most: the vocabulary and the shards of
 * the commonest words. The rest of a session's bytes go to what its queries
 * fetch, mostly the snippets of the pages they show, which no order of packs
 * predicts; on long pages those take about 0.6 MB in the bench's session, and
 * the whole session must stay under 2 MB (bench/budgets.json,
 * design/search-prefetch-allowance.md).
 */
export const PARTIAL_PREFETCH_BYTES = 1_000_000;

/**
 * Past this many gzip bytes of packs the browser fetches no further pack: an
 * index whose packs come to more is not taken whole, and the partial
 * allowance is smaller. The build makes the packs up to and including the one
 * that takes the total past it, and no more (server/build-search-index.ts);
 * the browser's choices are the same as with every pack listed.
 */
export const PACKS_REACHABLE_BYTES = Math.max(WHOLE_INDEX_BYTES, PARTIAL_PREFETCH_BYTES);

/** Gzip bytes to prefetch out of an index whose packs total `packBytes`. */
export function preloadAllowance(packBytes: readonly number[]): number {
  const total = packBytes.reduce((sum, bytes) => sum + bytes, 0);
  return total <= WHOLE_INDEX_BYTES ? total : PARTIAL_PREFETCH_BYTES;
}

/** What the browser says of the connection (Network Information API, Chromium only). */
export type ConnectionHints = { saveData?: boolean; effectiveType?: string };

/** False when the reader asked to save data, or the connection is 3G or slower; true when the browser does not say. */
export function mayPreload(connection: ConnectionHints | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData === true) return false;
  return !['slow-2g', '2g', '3g'].includes(connection.effectiveType ?? '');
}

/** Counts the queries in flight, so the packs wait while a reader's query runs. */
export class QueryTracker {
  private running = 0;
  private waiting: Array<() => void> = [];

  begin(): void {
    this.running++;
  }

  end(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running === 0) for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Resolves when no query is running (at once when none is). */
  whenIdle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

/**
 * Loads the packs in order, one at a time and each only when no query is
 * running, until the next one would take the total past `allowance` gzip
 * bytes (by default the whole index when it is small, see preloadAllowance). Returns false when `isCurrent` turned false on the way (the index
 * was replaced), true when every pack within the allowance is in.
 */
export async function preloadPacks(
  reader: IndexReader,
  queries: QueryTracker,
  isCurrent: () => boolean,
  allowance?: number,
): Promise<boolean> {
  const { packCount, packBytes } = await reader.manifest();
  const limit = allowance ?? preloadAllowance(packBytes);
  let spent = 0;
  for (let number = 0; number < packCount; number++) {
    spent += packBytes[number] ?? Infinity;
    if (spent > limit) break;
    await queries.whenIdle();
    if (!isCurrent()) return false;
    await reader.loadPack(number);
  }
  return true;
}
