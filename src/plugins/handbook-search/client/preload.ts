// Once a reader has seen a first answer, the worker fetches the rest of the
// index in the background (the pack files, see shared/types.ts IndexPack), so
// that the keys typed next find every shard and snippet in memory instead of
// waiting on a request each. The first answer itself stays cheap: it needs
// the manifest, a shard or two and the snippets of eight pages, and the page
// asks for the packs only once it has shown that answer (use-search.ts).
//
// The packs are the whole index, which a reader on a metered or slow
// connection did not ask for: they get no packs and every query fetches what
// it needs (design/search-background-packs.md).
import type { IndexReader } from '../shared/engine/index-reader.ts';

/** How long after the first answer is shown the packs start: the reader's next key goes first. */
export const PRELOAD_DELAY_MS = 200;

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
 * Loads the packs one at a time, each only when no query is running.
 * Returns false when `isCurrent` turned false on the way (the index was
 * replaced), true when every pack is in.
 */
export async function preloadPacks(
  reader: IndexReader,
  queries: QueryTracker,
  isCurrent: () => boolean,
): Promise<boolean> {
  const { packCount } = await reader.manifest();
  for (let number = 0; number < packCount; number++) {
    await queries.whenIdle();
    if (!isCurrent()) return false;
    await reader.loadPack(number);
  }
  return true;
}
