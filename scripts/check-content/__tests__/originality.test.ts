import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { checkOriginality, ORIGINALITY_TOOL } from '../originality.ts';

// The copied words are taken from the source material when the test runs, so
// no copied sentence is ever stored in this repository.
const SOURCE_DIR = join(dirname(ORIGINALITY_TOOL), '..', 'source');

function copiedWords(count: number): string {
  const sourceFile = readdirSync(SOURCE_DIR).find((file) => file.endsWith('.txt')) ?? '';
  const words = readFileSync(join(SOURCE_DIR, sourceFile), 'utf8').match(/[A-Za-z]+/g) ?? [];
  return words.slice(200, 200 + count).join(' ');
}

const siteDirs: string[] = [];
afterAll(() => siteDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function siteWith(body: string): string {
  const siteDir = mkdtempSync(join(tmpdir(), 'handbook-originality-'));
  siteDirs.push(siteDir);
  mkdirSync(join(siteDir, 'docs'));
  writeFileSync(join(siteDir, 'docs', 'page.md'), `---\ntitle: T\n---\n\n${body}\n`);
  return siteDir;
}

describe('checkOriginality', () => {
  test.each([
    ['a page in its own words', 'Nothing here comes from the source; it is written fresh for this test.', []],
    [
      'a page that copies twelve words',
      `Intro line.\n\n${copiedWords(12)}`,
      [/^docs\/page\.md:7: originality: 1[0-9] words are copied/],
    ],
  ])(
    '%s',
    async (_, body, expected) => {
      const problems = (await checkOriginality(siteWith(body))).map(
        (problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`,
      );
      expect(problems).toHaveLength(expected.length);
      expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
    },
    20_000,
  );

  test('a missing tool is one problem that says where it looked', async () => {
    const problems = await checkOriginality(siteWith('Text.'), '/nowhere/check-originality.mjs');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'originality', message: expect.stringMatching(/not at \/nowhere/) }),
    ]);
  });
});
