import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { PAGES_PER_FOLDER, generateCorpus, needleWords, seededRandom } from '../corpus.ts';
import { LONG_PAGE_MIN_WORDS, longVocabulary } from '../long-corpus.ts';

const made: string[] = [];
function corpusDir() {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function allText(dir: string): string {
  return readdirSync(join(dir, 'generated'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('generateCorpus', () => {
  test('the same seed writes the same pages', () => {
    const [a, b] = [corpusDir(), corpusDir()];
    generateCorpus(a, 40);
    generateCorpus(b, 40);
    expect(allText(a)).toBe(allText(b));
  });

  test.each([20, 200, 2000])(
    '%i pages hold 20 needles, each on exactly one page',
    (pages) => {
      const dir = corpusDir();
      const corpus = generateCorpus(dir, pages);
      const text = allText(dir);
      expect(corpus.needles).toHaveLength(20);
      expect(new Set(corpus.needles.map((needle) => needle.docId)).size).toBe(20);
      for (const needle of corpus.needles) expect(text.split(needle.word)).toHaveLength(2);
      // 2,000 pages take several seconds when the machine is busy.
    },
    30_000,
  );

  test('needle words are distinct made-up words', () => {
    const words = needleWords();
    expect(new Set(words).size).toBe(20);
    expect(words.every((word) => /^[a-z]{8,}$/.test(word))).toBe(true);
  });

  test('the PRNG is repeatable and spread over [0, 1)', () => {
    const first = Array.from({ length: 1000 }, seededRandom(7));
    const second = Array.from({ length: 1000 }, seededRandom(7));
    expect(first).toEqual(second);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...first)).toBeLessThan(1);
  });
});

/** Each page's words after its front matter, lower-cased. */
function pageWords(dir: string): string[][] {
  return readdirSync(join(dir, 'generated'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => {
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      return (text.slice(text.indexOf('---', 4) + 3).match(/[a-z][a-z-]*/gi) ?? []).map((word) => word.toLowerCase());
    });
}

describe('generateCorpus, long-page profile', () => {
  test('the same seed writes the same long pages, and another seed other ones', () => {
    const [a, b, c] = [corpusDir(), corpusDir(), corpusDir()];
    generateCorpus(a, 12, 2017, 'long');
    generateCorpus(b, 12, 2017, 'long');
    generateCorpus(c, 12, 99, 'long');
    expect(allText(a)).toBe(allText(b));
    expect(allText(a)).not.toBe(allText(c));
  });

  test('every page has at least 1,000 words, about 1,100 on average', () => {
    const dir = corpusDir();
    generateCorpus(dir, 60, 2017, 'long');
    const counts = pageWords(dir).map((words) => words.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(LONG_PAGE_MIN_WORDS);
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    expect(mean).toBeGreaterThan(1_050);
    expect(mean).toBeLessThan(1_300);
  });

  test('200 pages use several thousand distinct words, spread like prose (Zipf)', { timeout: 30_000 }, () => {
    const dir = corpusDir();
    generateCorpus(dir, 200, 2017, 'long');
    const counts = new Map<string, number>();
    for (const word of pageWords(dir).flat()) counts.set(word, (counts.get(word) ?? 0) + 1);
    const ranked = [...counts.values()].sort((a, b) => b - a);
    expect(ranked.length).toBeGreaterThan(3_000);
    // Zipf: the commonest word about twice as frequent as the second, ten times the tenth.
    const [first = 0, second = 1] = ranked;
    expect(first / second).toBeGreaterThan(1.6);
    expect(first / second).toBeLessThan(2.5);
    expect(first / (ranked[9] ?? 1)).toBeGreaterThan(7);
    expect(first / (ranked[9] ?? 1)).toBeLessThan(14);
  });

  test.each([20, 400])(
    '%i long pages hold 20 needles, each on exactly one page',
    (pages) => {
      const dir = corpusDir();
      const corpus = generateCorpus(dir, pages, 2017, 'long');
      const text = allText(dir);
      expect(new Set(corpus.needles.map((needle) => needle.docId)).size).toBe(20);
      for (const needle of corpus.needles) expect(text.split(needle.word)).toHaveLength(2);
    },
    30_000,
  );

  test('the vocabulary has the words the bench types into search, and no made-up word ends like a needle', () => {
    const vocabulary = longVocabulary(seededRandom(1));
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    for (const word of ['capacity', 'planning', 'review', 'tracing', 'latency', 'incident', 'runbooks', 'cache'])
      expect(vocabulary).toContain(word);
    expect(vocabulary.filter((word) => word.endsWith('ium'))).toEqual([]);
  });
});

describe('generateCorpus, folders', () => {
  test('no folder holds more than PAGES_PER_FOLDER pages, and each one has a sidebar label', () => {
    const dir = corpusDir();
    const corpus = generateCorpus(dir, 1000);
    const folders = new Map<string, string[]>();
    for (const entry of readdirSync(join(dir, 'generated'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      folders.set(entry.parentPath, [...(folders.get(entry.parentPath) ?? []), entry.name]);
    }
    const pageFolders = [...folders.entries()].filter(([, names]) => names.some((name) => name.endsWith('.md')));
    expect(pageFolders.length).toBe(1000 / PAGES_PER_FOLDER);
    for (const [, names] of pageFolders) {
      expect(names.filter((name) => name.endsWith('.md'))).toHaveLength(PAGES_PER_FOLDER);
      expect(names).toContain('_category_.json');
    }
    for (const needle of corpus.needles) {
      expect(readFileSync(join(dir, `${needle.docId}.md`), 'utf8')).toContain(needle.word);
    }
  });
});
