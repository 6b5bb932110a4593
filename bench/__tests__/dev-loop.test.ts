import { describe, expect, test } from 'vitest';

import { combineDevSessions, type DevLoopResults } from '../dev-loop.ts';
import { devLoopRows, formatTable } from '../report.ts';
import type { BenchResults } from '../run.ts';

const DEV: DevLoopResults = {
  editsPerSession: 3,
  sessions: 2,
  sizes: [
    {
      extraPages: 0,
      variants: {
        ours: combineDevSessions([
          { readySeconds: 12, editSeconds: [0.5, 0.4, 0.9] },
          { readySeconds: 10, editSeconds: [0.3, 0.6, 0.4] },
        ]),
        stock: combineDevSessions([
          { readySeconds: 8, editSeconds: [0.4, 0.4, 0.5] },
          { readySeconds: 9, editSeconds: [0.2, 0.3, 0.4] },
        ]),
      },
    },
    { extraPages: 2000, variants: { ours: combineDevSessions([{ readySeconds: 40, editSeconds: [2, 3, 2.5] }]) } },
  ],
};

describe('combineDevSessions', () => {
  test('medians over every session: ready times per session, edits pooled', () => {
    expect(
      combineDevSessions([
        { readySeconds: 12, editSeconds: [0.5, 0.4, 0.9] },
        { readySeconds: 10, editSeconds: [0.3, 0.6, 0.4] },
      ]),
    ).toEqual({
      readySeconds: [12, 10],
      readyMedianSeconds: 11,
      editSeconds: [0.5, 0.4, 0.9, 0.3, 0.6, 0.4],
      editMedianSeconds: 0.45,
    });
  });
});

describe('devLoopRows', () => {
  test('each size gives its ready and edit rows, with every edit listed and the ratio to stock', () => {
    expect(devLoopRows(DEV)).toEqual([
      ['0', 'dev server ready (median)', '11.0 s', '8.5 s', '1.29×'],
      [
        '0',
        'edit → text in browser (median; each edit)',
        '0.45 s (0.50, 0.40, 0.90, 0.30, 0.60, 0.40)',
        '0.40 s (0.40, 0.40, 0.50, 0.20, 0.30, 0.40)',
        '1.13×',
      ],
      ['2000', 'dev server ready (median)', '40.0 s', '–', '–'],
      ['2000', 'edit → text in browser (median; each edit)', '2.50 s (2.00, 3.00, 2.50)', '–', '–'],
    ]);
  });

  test('a --dev run prints the dev table alone, saying how it was measured', () => {
    const results: BenchResults = {
      date: '2026-12-02T03:00:00.000Z',
      machine: { cores: 2, memoryGiB: 8, node: 'v20', chromium: 'test', docusaurus: '3.10.2' },
      runs: 2,
      sizes: [],
      lighthouse: null,
      dev: DEV,
    };
    const table = formatTable(results);
    expect(table).toContain('2 session(s) per site and size in alternating order, 3 edits each');
    expect(table).toMatch(/\| +0 \| dev server ready \(median\) +\| +11\.0 s \| +8\.5 s \| +1\.29× \|/);
    expect(table).not.toContain('build time');
  });
});
