import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { generateCorpus, needleWords, seededRandom } from '../corpus.ts';

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

  test.each([20, 200, 2000])('%i pages hold 20 needles, each on exactly one page', (pages) => {
    const dir = corpusDir();
    const corpus = generateCorpus(dir, pages);
    const text = allText(dir);
    expect(corpus.needles).toHaveLength(20);
    expect(new Set(corpus.needles.map((needle) => needle.docId)).size).toBe(20);
    for (const needle of corpus.needles) expect(text.split(needle.word)).toHaveLength(2);
  });

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
