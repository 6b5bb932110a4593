import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { writeMarkdownCopiesInWorker } from '../server/copies-in-worker.ts';
import { writeMarkdownCopies, type MarkdownSite } from '../server/write-copies.ts';

const SITE: MarkdownSite = {
  // The handbook itself: the glossary page's entries are read from it.
  siteDir: resolve(import.meta.dirname, '../../../..'),
  title: 'Handbook',
  tagline: 'How we work',
  siteUrl: 'https://handbook.example.org',
  baseUrl: '/',
  pages: [
    {
      kind: 'doc',
      file: 'docs/culture/culture-deck.md',
      permalink: '/docs/culture/culture-deck',
      title: 'Culture deck',
      description: 'What we *value*.',
      body: 'We measure first. See [meetings](../day-in-the-life/meetings.md).\n\n:::tip\nAsk early.\n:::\n',
    },
    {
      kind: 'doc',
      file: 'docs/day-in-the-life/meetings.md',
      permalink: '/docs/day-in-the-life/meetings',
      title: 'Meetings',
      description: '',
      body: '| Day | Meeting |\n| --- | --- |\n| Mon | Planning |\n',
    },
    {
      kind: 'doc',
      file: 'docs/glossary.md',
      permalink: '/docs/glossary',
      title: 'Glossary',
      description: '',
      body: 'The terms this handbook uses.\n',
      appendsGlossary: true,
    },
  ],
  sections: [{ title: 'Culture', files: ['docs/culture/culture-deck.md'] }],
  readingPath: ['docs/day-in-the-life/meetings.md'],
};

describe('writeMarkdownCopiesInWorker', () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'copies-worker-')), mkdtempSync(join(tmpdir(), 'copies-inline-'))];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('writes the same files, byte for byte, as the main thread', async () => {
    const [inWorker, inline] = dirs as [string, string];
    const fromWorker = await writeMarkdownCopiesInWorker(SITE, inWorker);
    const fromMain = await writeMarkdownCopies(SITE, inline);
    expect(fromWorker).toEqual(fromMain);
    expect(fromWorker.files).toContain('llms-full.txt');
    for (const file of fromMain.files) {
      expect(readFileSync(join(inWorker, file), 'utf8'), file).toBe(readFileSync(join(inline, file), 'utf8'));
    }
    expect(readFileSync(join(inWorker, 'docs/culture/culture-deck.md'), 'utf8')).toContain(
      '[meetings](https://handbook.example.org/docs/day-in-the-life/meetings)',
    );
  }, 30_000);

  test("the glossary's copy carries every entry and the pages that use it, worked out on the worker", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'copies-glossary-'));
    dirs.push(outDir);
    await writeMarkdownCopiesInWorker(SITE, outDir);
    const glossary = readFileSync(join(outDir, 'docs/glossary.md'), 'utf8');
    expect(glossary).toContain('The terms this handbook uses.');
    expect(glossary).toMatch(/## 1:1\n\n_one-on-one meeting_\n/);
    // The handbook's meetings page mentions one-on-ones: its link is absolute to this site.
    expect(glossary).toMatch(
      /\*\*Used on:\*\*\n\n- \[Meetings\]\(https:\/\/handbook\.example\.org\/docs\/day-in-the-life\/meetings\)/,
    );
    const otherPage = readFileSync(join(outDir, 'docs/day-in-the-life/meetings.md'), 'utf8');
    expect(otherPage).not.toContain('Used on');
  }, 30_000);

  test("rejects with the worker's own error, naming the path it could not write", async () => {
    const notAFolder = join(dirs[0] as string, 'a-file');
    writeFileSync(notAFolder, '');
    await expect(writeMarkdownCopiesInWorker(SITE, notAFolder)).rejects.toThrow(notAFolder);
  }, 30_000);
});
