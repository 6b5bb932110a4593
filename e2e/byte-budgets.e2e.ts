import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { measureFirstLoad } from '../scripts/lib/first-load.ts';
import { baseUrl, useBrowser } from './browser.ts';

// The deterministic part of the performance budget: what a first visit
// downloads, in bytes. Times are measured by `npm run bench`, never here.
type ByteBudget = { js: number; css: number };
const budgets = JSON.parse(readFileSync(join(__dirname, '..', 'bench', 'budgets.json'), 'utf8')) as {
  bytes: Record<string, ByteBudget | string>;
};
const pages = Object.entries(budgets.bytes).filter(
  (entry): entry is [string, ByteBudget] => typeof entry[1] !== 'string',
);

describe('first-load bytes stay within bench/budgets.json', () => {
  const browser = useBrowser();

  test.each(pages)('%s', async (path, budget) => {
    const measured = await measureFirstLoad(browser.context, `${baseUrl()}${path}`);
    expect(measured.jsGzip).toBeGreaterThan(0);
    expect(measured.jsGzip, `JS gzip bytes of ${path}`).toBeLessThanOrEqual(budget.js);
    expect(measured.cssGzip, `CSS gzip bytes of ${path}`).toBeLessThanOrEqual(budget.css);
  });
});
