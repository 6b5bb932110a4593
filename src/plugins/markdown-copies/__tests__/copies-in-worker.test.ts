import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { writeMarkdownCopiesInWorker } from '../server/copies-in-worker.ts';
import { writeMarkdownCopies, type MarkdownSite } from '../server/write-copies.ts';

const SITE: MarkdownSite = {
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

  test("rejects with the worker's own error, naming the path it could not write", async () => {
    const notAFolder = join(dirs[0] as string, 'a-file');
    writeFileSync(notAFolder, '');
    await expect(writeMarkdownCopiesInWorker(SITE, notAFolder)).rejects.toThrow(notAFolder);
  }, 30_000);
});
