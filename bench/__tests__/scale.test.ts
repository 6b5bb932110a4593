import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

import type { BenchResults, VariantResult } from '../run.ts';
import {
  growthExponent,
  isScaleRunFile,
  scaleMarkdown,
  scaleReport,
  type ScaleReport,
  type ScaleTargets,
} from '../scale.ts';

const RESULTS_DIR = resolve(__dirname, '..', 'results');

const TARGETS: ScaleTargets = {
  peakMemoryMiB: 4096,
  buildCpuVsStock: 1,
  searchBytesBeforeFirstResult: 102400,
  keystrokeP95Ms: 30,
  buildCpuExponent: 1.1,
};

const variant = (cpu: number, memory: number, search: { before: number; p95: number } | null = null) =>
  ({
    buildSeconds: [cpu / 2],
    buildMedianSeconds: cpu / 2,
    buildCpuMedianSeconds: cpu,
    peakMemoryMiB: memory,
    indexingSeconds: null,
    outputBytes: cpu * 1000,
    firstLoad: {},
    search: search && {
      bytesBeforeFirstResult: search.before,
      bytesWholeSession: search.before * 10,
      keystrokeP95: search.p95,
    },
  }) as unknown as VariantResult;

const run = (file: string, date: string, sizes: BenchResults['sizes']) => ({
  file,
  results: {
    date,
    machine: { cores: 2, memoryGiB: 24, node: 'v20.0.0', chromium: 'x', docusaurus: '3.10.2' },
    runs: 1,
    sizes,
    lighthouse: null,
  } satisfies BenchResults,
});

describe('growthExponent', () => {
  test.each([
    ['a linear figure', 500, 10, 2000, 40, 1],
    ['a quadratic one', 2000, 10, 10000, 250, 2],
    ['a flat one', 500, 7, 10000, 7, 0],
    ['a square-root one', 2000, 100, 8000, 200, 0.5],
  ])('%s', (_, pagesA, valueA, pagesB, valueB, k) => {
    expect(growthExponent(pagesA, valueA, pagesB, valueB)).toBe(k);
  });

  test('is null where a figure was not measured', () => {
    expect(growthExponent(500, null, 2000, 40)).toBeNull();
    expect(growthExponent(500, 0, 2000, 40)).toBeNull();
  });
});

describe('scaleReport', () => {
  const small = run('bench/results/latest.json', '2026-01-01T00:00:00Z', [
    { extraPages: 500, variants: { ours: variant(30, 700, { before: 50000, p95: 15 }), stock: variant(25, 1000) } },
    { extraPages: 2000, variants: { ours: variant(120, 1800, { before: 54000, p95: 17 }), stock: variant(118, 2600) } },
  ]);
  const large = (cpu: number) =>
    run('bench/results/latest-sizes-10000.json', '2026-01-02T00:00:00Z', [
      {
        extraPages: 10000,
        variants: { ours: variant(cpu, 3000, { before: 60000, p95: 20 }), stock: variant(600, 9000) },
      },
    ]);

  test('takes each size from the first run that measured it, and fits k between each pair and overall', () => {
    const report = scaleReport([large(600), small], TARGETS);
    expect(report.sizes).toEqual([500, 2000, 10000]);
    expect(report.sources['10000']?.file).toBe('bench/results/latest-sizes-10000.json');
    expect(report.sources['500']?.file).toBe('bench/results/latest.json');
    expect(report.variants.ours?.buildCpuSeconds?.values).toEqual({ 500: 30, 2000: 120, 10000: 600 });
    expect(report.variants.ours?.buildCpuSeconds?.exponents).toEqual({
      '500→2000': 1,
      '2000→10000': 1,
      '500→10000': 1,
    });
    // Stock has no search: its search rows are left out rather than shown empty.
    expect(report.variants.stock?.searchBytesBeforeFirstResult).toBeUndefined();
    expect(report.targets.every((entry) => entry.met === true)).toBe(true);
  });

  test('flags build CPU that grows faster than linear, and more CPU than stock', () => {
    const report = scaleReport([large(1200), small], TARGETS);
    const missed = report.targets.filter((entry) => entry.met === false).map((entry) => entry.name);
    expect(missed).toEqual([
      '+10,000 pages: build CPU seconds, ours/stock',
      'build CPU seconds of ours: largest exponent between two sizes',
    ]);
    expect(report.variants.ours?.buildCpuSeconds?.exponents['2000→10000']).toBe(1.43);
  });

  test('a size not measured keeps its column, and its targets say so instead of moving to a smaller size', () => {
    const report = scaleReport([small], TARGETS);
    expect(report.sizes).toEqual([500, 2000, 10000]);
    expect(report.variants.ours?.buildCpuSeconds?.exponents).toEqual({
      '500→2000': 1,
      '2000→10000': null,
      '500→10000': null,
    });
    expect(report.targets.slice(0, 4).map((entry) => [entry.name, entry.met])).toEqual([
      ['+10,000 pages: peak build memory of ours (MiB)', null],
      ['+10,000 pages: build CPU seconds, ours/stock', null],
      ['+10,000 pages: search bytes before the first answer', null],
      ['+10,000 pages: search key to results, p95 (ms)', null],
    ]);
    const markdown = scaleMarkdown(report);
    expect(markdown).toContain('- not measured: +10,000 pages: peak build memory of ours (MiB): – (limit 4096)');
    expect(markdown).toContain('- +10,000 pages: not measured yet (npm run bench -- --sizes 10000 --runs 1');
  });

  test('says which run to make when none holds a scale size', () => {
    expect(() => scaleReport([run('x.json', '2026-01-01T00:00:00Z', [])], TARGETS)).toThrow(
      /npm run bench -- --sizes 500,2000,10000 --runs 1/,
    );
  });

  test('the table shows each size and each exponent', () => {
    const lines = scaleMarkdown(scaleReport([large(600), small], TARGETS)).split('\n');
    const row = lines.find((line) => line.startsWith('| ours') && line.includes('build CPU'));
    expect(row?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'ours',
      'build CPU (user + system)',
      '30.0 s',
      '120.0 s',
      '600.0 s',
      '1.00',
      '1.00',
      '1.00',
      '',
    ]);
    expect(lines).toContain('- met: +10,000 pages: peak build memory of ours (MiB): 3000 (limit 4096)');
  });
});

describe('the committed scale report', () => {
  test('scale.md is what npm run bench:scale writes from scale.json', () => {
    const report = JSON.parse(readFileSync(join(RESULTS_DIR, 'scale.json'), 'utf8')) as ScaleReport;
    expect(readFileSync(join(RESULTS_DIR, 'scale.md'), 'utf8'), 'run npm run bench:scale and commit both').toBe(
      scaleMarkdown(report),
    );
  });
});

describe('isScaleRunFile', () => {
  test('takes the files a scale run writes, with or without the variants that ran', () => {
    expect(
      ['latest-sizes-10000.json', 'latest-sizes-10000-ours-stock.json', 'latest-sizes-500-2000-10000-ours.json'].filter(
        isScaleRunFile,
      ),
    ).toHaveLength(3);
  });

  test('leaves out full runs, long-page runs and other partial runs', () => {
    expect(
      [
        'latest.json',
        'latest-sizes-10000-long.json',
        'latest-ours-stock.json',
        'latest-sizes-.json',
        'scale.json',
      ].filter(isScaleRunFile),
    ).toEqual([]);
  });
});
