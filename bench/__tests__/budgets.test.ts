import { describe, expect, test } from 'vitest';

import { checkBudgets, type Budgets } from '../budgets.ts';
import type { DevLoopResults, DevLoopVariantResult } from '../dev-loop.ts';
import type { BenchResults, VariantResult } from '../run.ts';

const BUDGETS: Budgets = {
  ratios: {
    buildTimeVsStockAtLargest: 1.1,
    firstLoadJsVsStock: 1.05,
    searchBytesVsEasyops: 0.02,
    keystrokeP95VsEasyops: 0.5,
    devEditVsStock: 1.0,
    devReadyVsStock: 1.1,
  },
  absolute: {
    peakMemoryMiB: 2048,
    searchBytesBeforeFirstResultAtLargest: 204_800,
    searchBytesWholeSessionAtLargest: 2_000_000,
    firstResultMsAtLargest: 300,
    keystrokeP95MsAtLargest: 50,
    lighthousePerformance: 95,
  },
};

type Overrides = {
  seconds?: number;
  memory?: number;
  js?: number;
  bytes?: number;
  session?: number;
  firstResult?: number;
  p95?: number;
};

function variant(overrides: Overrides = {}, search = true): VariantResult {
  const js = overrides.js ?? 100_000;
  return {
    buildSeconds: [overrides.seconds ?? 60],
    buildMedianSeconds: overrides.seconds ?? 60,
    peakMemoryMiB: overrides.memory ?? 1000,
    indexingSeconds: null,
    outputBytes: 1,
    firstLoad: {
      home: { jsGzip: js, cssGzip: 1 },
      doc: { jsGzip: js, cssGzip: 1 },
      blogPost: { jsGzip: js, cssGzip: 1 },
    },
    search: search
      ? {
          bytesBeforeFirstResult: overrides.bytes ?? 50_000,
          bytesWholeSession: overrides.session ?? 1_400_000,
          firstResultMs: overrides.firstResult ?? 100,
          keystrokeP50: 10,
          keystrokeP95: overrides.p95 ?? 20,
          keystrokesMeasured: 80,
          sessions: 3,
          needlesAtRank1: 20,
          needles: 20,
        }
      : null,
  };
}

/** A passing two-size run; `ours` and `easyops` overrides apply at the size named. */
function results(
  at: 0 | 2000,
  ours: Overrides,
  easyops: Overrides = {},
  performance = 97,
  stock: Overrides = {},
): BenchResults {
  const size = (extraPages: 0 | 2000) => ({
    extraPages,
    variants: {
      ours: variant(extraPages === at ? ours : {}),
      stock: variant(extraPages === at ? stock : {}, false),
      easyops: variant({ bytes: 5_000_000, p95: 60, ...(extraPages === at ? easyops : {}) }),
    },
  });
  return {
    date: '2026-11-26T00:00:00.000Z',
    machine: { cores: 2, memoryGiB: 24, node: 'v20', chromium: 'test', docusaurus: '3.10.2' },
    runs: 1,
    sizes: [size(0), size(2000)],
    lighthouse: { home: { performance } },
  };
}

describe('checkBudgets', () => {
  test('a run within every budget passes', () => {
    expect(checkBudgets(results(2000, {}), BUDGETS)).toEqual([]);
  });

  test.each([
    ['build time at the largest size', results(2000, { seconds: 67 }), '+2000 pages: build time, ours/stock'],
    ['peak memory at any size', results(0, { memory: 2100 }), '+0 pages: peak build memory (MiB): 2100 > 2048'],
    [
      'peak memory at the largest size, even where stock Docusaurus needs more',
      results(2000, { memory: 2100 }, {}, 97, { memory: 2600 }),
      '+2000 pages: peak build memory (MiB): 2100 > 2048',
    ],
    ['first-load JS at any size', results(0, { js: 106_000 }), '+0 pages: first-load JS home, ours/stock'],
    [
      'search bytes against easyops',
      results(2000, { bytes: 150_000 }),
      '+2000 pages: search bytes before first result, ours/easyops',
    ],
    ['keystroke p95 against easyops', results(2000, { p95: 31 }), '+2000 pages: keystroke p95, ours/easyops'],
    ['first result time', results(2000, { firstResult: 301 }), '+2000 pages: first result (ms)'],
    [
      'search bytes of a whole session',
      results(2000, { session: 2_100_000 }),
      '+2000 pages: search bytes, whole session: 2100000 > 2000000',
    ],
    ['a measured time, rounded', results(2000, { firstResult: 300.600000001 }), 'first result (ms): 300.6 > 300'],
    ['Lighthouse performance', results(2000, {}, {}, 94), 'Lighthouse performance on home: 94 < 95'],
  ])('%s over its limit is named', (_name, run, expected) => {
    expect(checkBudgets(run, BUDGETS).join('\n')).toContain(expected);
  });

  test('the long-page profile is held to the same budgets, and named', () => {
    const run = results(2000, {});
    const long = results(2000, { memory: 2400, session: 8_700_000 });
    expect(checkBudgets({ ...run, long: { sizes: long.sizes } }, BUDGETS)).toEqual([
      'long pages, +2000 pages: peak build memory (MiB): 2400 > 2048',
      'long pages, +2000 pages: search bytes, whole session: 8700000 > 2000000',
    ]);
  });

  test('a long-only run (no short sizes) is checked on its long block', () => {
    const long = results(2000, { p95: 45 });
    expect(checkBudgets({ ...long, sizes: [], long: { sizes: long.sizes } }, BUDGETS)).toEqual([
      'long pages, +2000 pages: keystroke p95, ours/easyops: 0.75 > 0.5',
    ]);
  });

  test('search ratios are judged at the largest size only, where the issue sets them', () => {
    expect(checkBudgets(results(0, { bytes: 60_000, p95: 40 }, { bytes: 100_000, p95: 10 }), BUDGETS)).toEqual([]);
  });
});

function devVariant(readySeconds: number, editSeconds: number[]): DevLoopVariantResult {
  const sorted = [...editSeconds].sort((a, b) => a - b);
  return {
    readySeconds: [readySeconds],
    readyMedianSeconds: readySeconds,
    editSeconds,
    editMedianSeconds: sorted[Math.floor(sorted.length / 2)] as number,
  };
}

/** A `--dev` run: only the dev block, as bench/results/latest-dev.json holds it. */
function devRun(ours: { ready: number; edit: number }, at: 0 | 2000 = 2000): BenchResults {
  const dev: DevLoopResults = {
    editsPerSession: 5,
    sessions: 1,
    sizes: ([0, 2000] as const).map((extraPages) => ({
      extraPages,
      variants: {
        ours: extraPages === at ? devVariant(ours.ready, Array(5).fill(ours.edit)) : devVariant(10, [0.4, 0.4, 0.4]),
        stock: devVariant(10, [0.5, 0.4, 0.4, 0.3, 0.4]),
      },
    })),
  };
  return { ...results(2000, {}), sizes: [], lighthouse: null, dev };
}

describe('checkBudgets on the edit loop (--dev)', () => {
  test('ours as fast as stock passes', () => {
    expect(checkBudgets(devRun({ ready: 11, edit: 0.4 }), BUDGETS)).toEqual([]);
  });

  test('a slower edit → browser at any size is named with both sizes kept apart', () => {
    expect(checkBudgets(devRun({ ready: 10, edit: 0.6 }, 0), BUDGETS)).toEqual([
      '+0 pages: dev edit → browser (median), ours/stock: 1.5 > 1',
    ]);
  });

  test('a dev server more than 1.1× slower to be ready is named', () => {
    expect(checkBudgets(devRun({ ready: 11.5, edit: 0.4 }), BUDGETS)).toEqual([
      '+2000 pages: dev server ready, ours/stock: 1.15 > 1.1',
    ]);
  });

  test('a run without stock figures has no ratio to judge', () => {
    const run = devRun({ ready: 30, edit: 3 });
    for (const size of run.dev?.sizes ?? []) delete size.variants.stock;
    expect(checkBudgets(run, BUDGETS)).toEqual([]);
  });
});
