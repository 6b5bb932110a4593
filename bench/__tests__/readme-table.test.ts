import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import {
  readLatestResults,
  README_TABLE_END,
  README_TABLE_START,
  readmeTable,
  REPO_DIR,
  withReadmeTable,
} from '../readme-table.ts';
import type { BenchResults, VariantResult } from '../run.ts';

describe('the README performance table', () => {
  test('is what npm run bench:readme generates from bench/results/latest.json', () => {
    const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
    expect(readme, 'run npm run bench:readme and commit README.md').toBe(
      withReadmeTable(readme, readmeTable(readLatestResults())),
    );
  });

  test('shows the 2,000-page figures with their ratios', () => {
    const results = readLatestResults();
    const size = results.sizes.find((entry) => entry.extraPages === 2000);
    const buildSeconds = size?.variants.ours?.buildMedianSeconds ?? NaN;
    expect(readmeTable(results)).toContain(`| build time | ${buildSeconds.toFixed(1)} s |`);
  });
});

const results = (sizes: BenchResults['sizes'], lighthouse: BenchResults['lighthouse'] = null): BenchResults => ({
  date: '2026-01-02T03:04:05Z',
  machine: { cores: 2, memoryGiB: 8, node: 'v20.0.0', chromium: 'x', docusaurus: '3.10.2' },
  runs: 3,
  sizes,
  lighthouse,
});

const variant = (buildMedianSeconds: number, peakMemoryMiB: number) =>
  ({
    buildMedianSeconds,
    peakMemoryMiB,
    firstLoad: { doc: { jsGzip: 2048 } },
    search: null,
  }) as unknown as VariantResult;

describe('readmeTable', () => {
  test.each([
    [
      'ours against stock',
      { ours: variant(70, 1800), stock: variant(35, 3600) },
      '| build time | 70.0 s | 35.0 s | – | 2.00× | – |',
    ],
    [
      'memory with a thousands separator',
      { ours: variant(1, 1835) },
      '| peak build memory | 1,835 MiB | – | – | – | – |',
    ],
    ['a peer not measured', { ours: variant(1, 1) }, '| first-load JS of a doc page, gzip | 2.0 KB | – | – | – | – |'],
  ])('%s', (_, variants, row) => {
    expect(readmeTable(results([{ extraPages: 2000, variants }] as BenchResults['sizes'])).split('\n')).toContain(row);
  });

  test('adds the Lighthouse scores when the run has them', () => {
    const table = readmeTable(
      results([{ extraPages: 2000, variants: { ours: variant(1, 1) } }] as BenchResults['sizes'], {
        home: { performance: 100 },
        doc: { performance: 97 },
      }),
    );
    expect(table).toMatch(/Lighthouse Performance \(mobile, the handbook alone\): home 100, doc 97\.$/);
  });

  test("puts stock's score beside each page it was measured on, in the same run", () => {
    const table = readmeTable({
      ...results([{ extraPages: 2000, variants: { ours: variant(1, 1) } }] as BenchResults['sizes'], {
        doc: { performance: 97 },
        search: { performance: 99 },
      }),
      lighthouseStock: { doc: { performance: 90 } },
    });
    expect(table).toMatch(/: doc 97 \(stock 90\), search 99\.$/);
  });

  test('says what to do when the results have no 2,000-page run', () => {
    expect(() => readmeTable(results([]))).toThrow(/no run at 2000 extra pages; run npm run bench first/);
  });
});

describe('withReadmeTable', () => {
  test('replaces only what is between the markers', () => {
    const readme = `# Title\n\n${README_TABLE_START}\nold\n${README_TABLE_END}\n\nAfter.\n`;
    expect(withReadmeTable(readme, 'new')).toBe(
      `# Title\n\n${README_TABLE_START}\n\nnew\n\n${README_TABLE_END}\n\nAfter.\n`,
    );
  });

  test('names the markers when they are missing', () => {
    expect(() => withReadmeTable('# Title\n', 'new')).toThrow(/markers are missing; put these two lines/);
  });
});
