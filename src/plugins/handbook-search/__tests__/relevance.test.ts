import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';

import { buildSiteSearchIndex } from '../server/index.ts';
import { memoryIndexLoader } from '../server/memory-index-loader.ts';
import { IndexReader } from '../shared/engine/index-reader.ts';
import { search } from '../shared/engine/search.ts';
import type { PageHit } from '../shared/types.ts';

// Runs the browser's search engine in Node over the real handbook and
// scores it against tests/search-queries.yml.
// Try: npx vitest run src/plugins/handbook-search/__tests__/relevance.test.ts
const SITE_DIR = join(__dirname, '../../../..');
const QUERIES_FILE = 'tests/search-queries.yml';
const MIN_TOP3_HIT_RATE = 0.95;
const MIN_MRR = 0.85;

const RelevanceCase = z
  .object({ query: z.string().min(1), expect: z.string().startsWith('/'), also: z.array(z.string()).default([]) })
  .strict();

/** A target with an anchor must be the page's best section; one without only needs the page. */
function isAnswer(hit: PageHit, target: string): boolean {
  return target.includes('#') ? hit.sections[0]?.url === target : hit.pageUrl === target;
}

describe('search relevance on the real handbook', () => {
  // It builds the index of the whole handbook first: seconds on a loaded machine.
  test(`top-3 hit rate ≥ ${MIN_TOP3_HIT_RATE * 100}% and MRR ≥ ${MIN_MRR}`, { timeout: 30_000 }, async () => {
    const parsed = z.array(RelevanceCase).safeParse(parseYaml(readFileSync(join(SITE_DIR, QUERIES_FILE), 'utf8')));
    if (!parsed.success) throw new Error(`${QUERIES_FILE}: ${parsed.error.message}`);
    const cases = parsed.data;
    expect(cases.length).toBeGreaterThanOrEqual(40);

    const reader = new IndexReader(memoryIndexLoader(buildSiteSearchIndex(SITE_DIR)));
    const misses: string[] = [];
    let top3 = 0;
    let reciprocalRanks = 0;
    for (const { query, expect: best, also } of cases) {
      const response = await search(reader, { query, limit: 10 });
      const rank = response.hits.findIndex((hit) => [best, ...also].some((target) => isAnswer(hit, target))) + 1;
      if (rank >= 1 && rank <= 3) top3++;
      if (rank >= 1) reciprocalRanks += 1 / rank;
      if (rank !== 1) {
        const got = response.hits.slice(0, 3).map((hit) => hit.sections[0]?.url);
        misses.push(`  "${query}": rank ${rank || 'none'} (wanted ${best}; got ${got.join(', ') || 'nothing'})`);
      }
    }
    const hitRate = top3 / cases.length;
    const mrr = reciprocalRanks / cases.length;
    console.log(
      `search relevance: ${cases.length} queries, top-3 hit rate ${(hitRate * 100).toFixed(1)}%, MRR ${mrr.toFixed(3)}` +
        (misses.length > 0 ? `\nnot at rank 1:\n${misses.join('\n')}` : ''),
    );
    expect(hitRate).toBeGreaterThanOrEqual(MIN_TOP3_HIT_RATE);
    expect(mrr).toBeGreaterThanOrEqual(MIN_MRR);
  });
});
