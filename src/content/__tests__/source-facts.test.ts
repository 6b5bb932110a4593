import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';

import { readHandbookPages } from '../handbook-pages.ts';

// Every fact of the source material has a home in the handbook:
// src/data/source-facts.yml names the page and words that show it there.
// A rewrite that drops a fact fails here, naming the fact.
type SourceFact = { fact: string; page: string; evidence: string[] };

const siteDir = join(__dirname, '..', '..', '..');
const facts = parseYaml(readFileSync(join(siteDir, 'src/data/source-facts.yml'), 'utf8')) as SourceFact[];
const pages = new Map(readHandbookPages(siteDir).map((page) => [page.id, page]));
const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

describe('facts of the source material', () => {
  test('the map covers the source', () => {
    expect(facts.length).toBeGreaterThanOrEqual(100);
  });

  test.each(facts.map((entry) => [entry.fact, entry] as const))('%s', (_fact, entry) => {
    const page = pages.get(entry.page);
    expect(page, `no handbook page with id "${entry.page}"`).toBeDefined();
    const text = normalise(`${String(page?.frontMatter.title ?? '')} ${page?.body ?? ''}`);
    for (const evidence of entry.evidence) expect(text).toContain(normalise(evidence));
  });
});
