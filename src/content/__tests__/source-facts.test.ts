import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { readHandbookPages } from '../handbook-pages.ts';
import { mentionsOf, readSourceFacts } from '../source-facts.ts';

// Every fact of the source material has a home in the handbook:
// src/data/source-facts.yml names the page and words that show it there.
// A rewrite that drops a fact fails here, naming the fact; so does one that
// drops it from a page the fact is also retold on (`also`).
const siteDir = join(__dirname, '..', '..', '..');
const facts = readSourceFacts(siteDir) ?? [];
const pages = new Map(readHandbookPages(siteDir).map((page) => [page.id, page]));
const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

describe('facts of the source material', () => {
  test('the map covers the source', () => {
    expect(facts.length).toBeGreaterThanOrEqual(100);
  });

  test.each(facts.map((entry) => [entry.fact, entry] as const))('%s', (_fact, entry) => {
    for (const mention of mentionsOf(entry)) {
      const page = pages.get(mention.page);
      expect(page, `no handbook page with id "${mention.page}"`).toBeDefined();
      const text = normalise(`${String(page?.frontMatter.title ?? '')} ${page?.body ?? ''}`);
      for (const evidence of mention.evidence) expect(text).toContain(normalise(evidence));
    }
  });
});
