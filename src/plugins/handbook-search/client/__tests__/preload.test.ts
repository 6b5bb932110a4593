import { describe, expect, test } from 'vitest';

import { IndexReader } from '../../shared/engine/index-reader.ts';
import { search } from '../../shared/engine/search.ts';
import { buildSearchIndex } from '../../server/build-search-index.ts';
import type { SearchSection } from '../../server/collect-sections.ts';
import { memoryIndexLoader } from '../../server/memory-index-loader.ts';
import {
  mayPreload,
  PACKS_REACHABLE_BYTES,
  PARTIAL_PREFETCH_BYTES,
  preloadAllowance,
  preloadPacks,
  QueryTracker,
  WHOLE_INDEX_BYTES,
} from '../preload.ts';

const SECTIONS: SearchSection[] = Array.from({ length: 600 }, (_, number) => ({
  pageUrl: `/p${number}`,
  anchor: '',
  pageTitle: `Page ${number}`,
  heading: '',
  label: 'Culture',
  text: `word${number} ${'tail latency budget '.repeat(30)}`,
  boost: 1,
}));
const BUILT = buildSearchIndex(SECTIONS, []);

/** A reader over BUILT that records every file it is asked for. */
function recordingReader() {
  const load = memoryIndexLoader(BUILT);
  const requested: string[] = [];
  const reader = new IndexReader((path) => {
    requested.push(path);
    return load(path);
  });
  return { reader, requested };
}

const packsOf = (requested: readonly string[]) => requested.filter((path) => /\/pack-\d+\.json$/.test(path));

describe('mayPreload', () => {
  test.each([
    [undefined, true],
    [{}, true],
    [{ effectiveType: '4g' }, true],
    [{ effectiveType: '4g', saveData: false }, true],
    [{ effectiveType: '4g', saveData: true }, false],
    [{ effectiveType: '3g' }, false],
    [{ effectiveType: '2g' }, false],
    [{ effectiveType: 'slow-2g' }, false],
  ])('with connection %j: %s', (connection, expected) => {
    expect(mayPreload(connection)).toBe(expected);
  });
});

describe('preloadAllowance', () => {
  test.each([
    ['a small index: all of it', [300_000, 200_000], 500_000],
    [
      'an index of exactly the whole-index size: all of it',
      [WHOLE_INDEX_BYTES / 2, WHOLE_INDEX_BYTES / 2],
      WHOLE_INDEX_BYTES,
    ],
    ['a larger index: the partial allowance', [WHOLE_INDEX_BYTES, 1], PARTIAL_PREFETCH_BYTES],
    ['no packs: nothing', [], 0],
  ])('%s', (_, packBytes, expected) => {
    expect(preloadAllowance(packBytes)).toBe(expected);
  });
});

describe('an index whose packs end where the browser can reach no further', () => {
  /** The pack numbers preloadPacks fetches from a manifest listing `packBytes`. */
  async function fetchedPacks(packBytes: number[]): Promise<number[]> {
    const fetched: number[] = [];
    const reader = {
      manifest: async () => ({ packCount: packBytes.length, packBytes }),
      loadPack: async (number: number) => void fetched.push(number),
    } as unknown as IndexReader;
    await preloadPacks(reader, new QueryTracker(), () => true);
    return fetched;
  }

  /** The packs the build makes of these: up to and including the one that takes the total past the line. */
  function madeByTheBuild(packBytes: number[]): number[] {
    let total = 0;
    const end = packBytes.findIndex((bytes) => (total += bytes) > PACKS_REACHABLE_BYTES);
    return end === -1 ? packBytes : packBytes.slice(0, end + 1);
  }

  test.each([
    ['a whole index, nothing left out', [400_000, 300_000, 350_000, 400_000]],
    ['a large index', [400_000, 300_000, 350_000, 500_000, 600_000, 700_000, 800_000]],
    ['a large index passing the line on its first pack', [1_600_000, 200_000, 300_000]],
    ['a large index whose first pack exceeds the partial allowance', [1_200_000, 400_000, 900_000]],
  ])('%s: the browser fetches the same packs', async (_, packBytes) => {
    expect(PACKS_REACHABLE_BYTES).toBeGreaterThanOrEqual(Math.max(WHOLE_INDEX_BYTES, PARTIAL_PREFETCH_BYTES));
    const made = madeByTheBuild(packBytes);
    expect(await fetchedPacks(made)).toEqual(await fetchedPacks(packBytes));
  });
});

describe('preloadPacks', () => {
  test('loads every pack in order when the whole index is within its allowance', async () => {
    const { reader, requested } = recordingReader();
    const { packCount } = await reader.manifest();
    expect(packCount).toBeGreaterThan(1);
    await expect(preloadPacks(reader, new QueryTracker(), () => true)).resolves.toBe(true);
    expect(packsOf(requested)).toEqual(
      Array.from({ length: packCount }, (_, n) => expect.stringMatching(`/pack-${n}.json`)),
    );
  });

  test('stops at its byte allowance: the first packs that fit, in order, and none after', async () => {
    const { reader, requested } = recordingReader();
    const { packBytes } = await reader.manifest();
    const [first = 0, second = 0, third = 0] = packBytes;
    await expect(preloadPacks(reader, new QueryTracker(), () => true, first + second + third / 2)).resolves.toBe(true);
    expect(packsOf(requested)).toEqual([expect.stringMatching('/pack-0.json'), expect.stringMatching('/pack-1.json')]);
  });

  test('a word no prefetched pack holds is still found, by fetching its own shard', async () => {
    const { reader, requested } = recordingReader();
    await preloadPacks(reader, new QueryTracker(), () => true, 1);
    expect(packsOf(requested)).toEqual([]);
    const response = await search(reader, { query: 'word599', limit: 8 });
    expect(response.hits.map((hit) => hit.pageUrl)).toEqual(['/p599']);
    expect(requested.some((path) => /\/shard-\d+\.json$/.test(path))).toBe(true);
  });

  test('waits while a query runs, and goes on when it ends', async () => {
    const { reader, requested } = recordingReader();
    await reader.manifest();
    const queries = new QueryTracker();
    queries.begin();
    const preload = preloadPacks(reader, queries, () => true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(packsOf(requested)).toEqual([]);
    queries.end();
    await expect(preload).resolves.toBe(true);
    expect(packsOf(requested).length).toBe((await reader.manifest()).packCount);
  });

  test('stops when its index is replaced', async () => {
    const { reader, requested } = recordingReader();
    let current = true;
    const queries = new QueryTracker();
    await reader.manifest();
    queries.begin();
    const preload = preloadPacks(reader, queries, () => current);
    current = false;
    queries.end();
    await expect(preload).resolves.toBe(false);
    expect(packsOf(requested)).toEqual([]);
  });

  test('rejects when a pack cannot be fetched, so a later answer can try again', async () => {
    const load = memoryIndexLoader(BUILT);
    const reader = new IndexReader((path) =>
      path.includes('/pack-1.') ? Promise.reject(new Error('offline')) : load(path),
    );
    await expect(preloadPacks(reader, new QueryTracker(), () => true)).rejects.toThrow('offline');
  });
});

describe('QueryTracker', () => {
  test('is idle at once with no query, and after the last of several ends', async () => {
    const queries = new QueryTracker();
    await queries.whenIdle();
    queries.begin();
    queries.begin();
    let idle = false;
    const waiting = queries.whenIdle().then(() => (idle = true));
    queries.end();
    await Promise.resolve();
    expect(idle).toBe(false);
    queries.end();
    await waiting;
    expect(idle).toBe(true);
  });
});
