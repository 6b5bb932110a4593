import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { buildSearchIndex, createIndexBuildCache } from '../build-search-index.ts';
import type { SearchSection } from '../collect-sections.ts';
import { buildSiteSearchIndex, siteIndexBuilder } from '../index.ts';
import { INDEX_URL_PATH, moveSearchIndex, writeSearchIndex } from '../write-search-index.ts';

/** Made-up words, enough that the index has many shards and more than one pack. */
const VOCABULARY = Array.from({ length: 3000 }, (_, index) => {
  let word = '';
  for (let rest = index * 7919 + 11; word.length < 4 || rest > 0; rest = Math.floor(rest / 26)) {
    word += String.fromCharCode(97 + (rest % 26));
  }
  return word;
});

function words(seed: number, count: number): string {
  let state = seed + 1;
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    out.push(VOCABULARY[state % VOCABULARY.length] ?? '');
  }
  return out.join(' ');
}

function page(number: number, text = words(number, 400)): SearchSection[] {
  return [0, 1, 2].map((part) => ({
    pageUrl: `/docs/page-${number}`,
    anchor: part === 0 ? '' : `part-${part}`,
    pageTitle: `Page ${number}`,
    heading: part === 0 ? '' : `Part ${part} of page ${number}`,
    label: number % 2 === 0 ? 'Culture' : 'Blog',
    text: part === 1 ? text : words(number * 10 + part, 400),
    boost: 1,
  }));
}

const SYNONYMS = [['PMC', 'performance monitoring counter']];
const SITE = Array.from({ length: 36 }, (_, number) => page(number)).flat();

/** The site after one save: a section's text edited, a page added, a page deleted. */
const SAVES: Record<string, SearchSection[]> = {
  'an edited section': SITE.map((section, index) =>
    index === 31 ? { ...section, text: `${section.text} quokkapedia reads here` } : section,
  ),
  'an added page': [...SITE.slice(0, 36), ...page(99), ...SITE.slice(36)],
  'a deleted page': SITE.filter((section) => section.pageUrl !== '/docs/page-7'),
};

describe('an index built with the cache of the previous build', () => {
  test.each(Object.entries(SAVES))(
    'after %s is the index a full build gives',
    (_, sections) => {
      const cache = createIndexBuildCache();
      const first = buildSearchIndex(SITE, SYNONYMS, cache);
      expect(first.files).toEqual(buildSearchIndex(SITE, SYNONYMS).files);
      expect(buildSearchIndex(sections, SYNONYMS, cache).files).toEqual(buildSearchIndex(sections, SYNONYMS).files);
      // And back: what the cache dropped or kept leaves nothing stale.
      expect(buildSearchIndex(SITE, SYNONYMS, cache).files).toEqual(first.files);
    },
    30_000,
  );

  test("the dev server's builder gives the handbook's index, build after build", () => {
    const siteDir = resolve(__dirname, '../../../../..');
    const build = siteIndexBuilder(siteDir);
    const full = buildSiteSearchIndex(siteDir).files;
    expect(build().files).toEqual(full);
    expect(build().files).toEqual(full);
  }, 60_000);

  test('has more than one pack here, so which packs are compressed again matters', () => {
    const built = buildSearchIndex(SITE, SYNONYMS);
    expect([...built.files.keys()].filter((path) => path.includes('/pack-')).length).toBeGreaterThan(1);
  });
});

describe('writeSearchIndex with the index served before', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'incremental-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Every file under a written index, by path relative to it. */
  function onDisk(root: string): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      files.set(file.slice(root.length + 1), readFileSync(file, 'utf8'));
    }
    return files;
  }

  test('writes the new index whole, taking unchanged files from the old one', () => {
    const before = buildSearchIndex(SITE, SYNONYMS);
    const served = writeSearchIndex(join(dir, 'served'), before);
    const after = buildSearchIndex(SAVES['an edited section'] ?? [], SYNONYMS);
    const root = writeSearchIndex(join(dir, 'next'), after, { root: served, files: before.files });
    expect(root).toBe(join(dir, 'next', INDEX_URL_PATH));
    expect(onDisk(root)).toEqual(after.files);
    const reused = [...after.files.keys()].filter((path) => {
      const name = path.slice(path.indexOf('/') + 1);
      const old = `${before.manifest.version}/${name}`;
      return path !== 'manifest.json' && statSync(join(root, path)).ino === statSync(join(served, old)).ino;
    });
    // Most files are the old ones, linked; those the edit changed are new.
    expect(reused.length).toBeGreaterThan(after.files.size / 2);
    for (const path of reused) {
      expect(after.files.get(path)).toBe(
        before.files.get(`${before.manifest.version}/${path.slice(path.indexOf('/') + 1)}`),
      );
    }
  }, 30_000);

  test('writes every file when the old index is gone', () => {
    const before = buildSearchIndex(SITE, SYNONYMS);
    const after = buildSearchIndex(SAVES['an added page'] ?? [], SYNONYMS);
    const root = writeSearchIndex(dir, after, { root: join(dir, 'nothing-here'), files: before.files });
    expect(onDisk(root)).toEqual(after.files);
  }, 30_000);

  test('moving a new index in replaces the served one and leaves nothing of it beside', async () => {
    const before = buildSearchIndex(SITE, SYNONYMS);
    const served = writeSearchIndex(join(dir, 'served'), before);
    const after = buildSearchIndex(SAVES['a deleted page'] ?? [], SYNONYMS);
    writeSearchIndex(join(dir, 'work'), after, { root: served, files: before.files });
    expect(await moveSearchIndex(join(dir, 'work'), join(dir, 'served'))).toBe(served);
    expect(onDisk(served)).toEqual(after.files);
    expect(readdirSync(join(dir, 'served'))).toEqual([INDEX_URL_PATH]);
    expect(readdirSync(join(dir, 'work'))).toEqual([]);
  }, 30_000);
});
