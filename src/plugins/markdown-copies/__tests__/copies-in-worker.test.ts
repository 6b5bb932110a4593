import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../../tests/support/temp-site.ts';

import remarkGlossaryPage from '../../glossary/server/glossary-page.ts';
import remarkBundledBodies, { expectBundledBodies } from '../server/bundled-bodies.ts';
import { writeMarkdownCopiesInWorker } from '../server/copies-in-worker.ts';
import { writeMarkdownCopies, type MarkdownSite } from '../server/write-copies.ts';

const tempDir = useTempDirs();

/** A small site on disk: the copies read each page's Markdown and the glossary from its folder. */
function fixtureSite(): string {
  return tempDir('copies-site-', {
    'docs/culture/culture-deck.md':
      '---\ntitle: Culture deck\n---\nWe measure first. See [meetings](../day-in-the-life/meetings.md).\n\n:::tip\nAsk early.\n:::\n',
    'docs/day-in-the-life/meetings.md':
      '---\ntitle: Meetings\n---\nA one-on-one every two weeks.\n\n| Day | Meeting |\n| --- | --- |\n| Mon | Planning |\n',
    'docs/glossary.md': '---\ntitle: Glossary\n---\nThe terms this handbook uses.\n',
    'src/data/glossary.yml': [
      '- id: one-on-one',
      '  term: "1:1"',
      '  expansion: one-on-one meeting',
      '  synonyms: [one-on-one]',
      '  definition: A regular private meeting between an engineer and their manager.',
      '  pages: []',
      '',
    ].join('\n'),
  });
}

const SITE: MarkdownSite = {
  siteDir: fixtureSite(),
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
    },
    {
      kind: 'doc',
      file: 'docs/day-in-the-life/meetings.md',
      permalink: '/docs/day-in-the-life/meetings',
      title: 'Meetings',
      description: '',
    },
    {
      kind: 'doc',
      file: 'docs/glossary.md',
      permalink: '/docs/glossary',
      title: 'Glossary',
      description: '',
      appendsGlossary: true,
    },
  ],
  sections: [{ title: 'Culture', files: ['docs/culture/culture-deck.md'] }],
  readingPath: ['docs/day-in-the-life/meetings.md'],
};

describe('writeMarkdownCopiesInWorker', () => {
  test('writes the same files, byte for byte, as the main thread', async () => {
    const [inWorker, inline] = [tempDir('copies-worker-'), tempDir('copies-inline-')];
    const fromWorker = await writeMarkdownCopiesInWorker(SITE, inWorker);
    const fromMain = await writeMarkdownCopies(SITE, inline);
    expect(fromWorker).toEqual(fromMain);
    expect(fromWorker.files).toContain('llms-full.txt');
    for (const file of fromMain.files) {
      expect(readFileSync(join(inWorker, file), 'utf8'), file).toBe(readFileSync(join(inline, file), 'utf8'));
    }
    const deck = readFileSync(join(inWorker, 'docs/culture/culture-deck.md'), 'utf8');
    expect(deck).toContain(
      'We measure first. See [meetings](https://handbook.example.org/docs/day-in-the-life/meetings)',
    );
    // The page's own front matter is not copied: the copy has its title and description only.
    expect(deck.startsWith('---\ntitle: Culture deck\ndescription: What we *value*.\n---\n\n# Culture deck\n')).toBe(
      true,
    );
  }, 30_000);

  test("the glossary's copy carries every entry and the pages that use it, worked out on the worker", async () => {
    const outDir = tempDir('copies-glossary-');
    await writeMarkdownCopiesInWorker(SITE, outDir);
    const glossary = readFileSync(join(outDir, 'docs/glossary.md'), 'utf8');
    expect(glossary).toContain('The terms this handbook uses.');
    expect(glossary).toMatch(/## 1:1\n\n_one-on-one meeting_\n/);
    // The meetings page mentions a one-on-one: its link is absolute to this site.
    expect(glossary).toMatch(
      /\*\*Used on:\*\*\n\n- \[Meetings\]\(https:\/\/handbook\.example\.org\/docs\/day-in-the-life\/meetings\)/,
    );
    const otherPage = readFileSync(join(outDir, 'docs/day-in-the-life/meetings.md'), 'utf8');
    expect(otherPage).not.toContain('Used on');
  }, 30_000);

  test('llms-full.txt: start-here and the reading path first, each page under its title and source, pages apart by a rule', async () => {
    const outDir = tempDir('copies-full-');
    await writeMarkdownCopiesInWorker(SITE, outDir);
    const full = readFileSync(join(outDir, 'llms-full.txt'), 'utf8');
    const parts = full.split('\n---\n\n');
    expect(
      parts[0]?.startsWith(
        '# Handbook\n\n> How we work\n\n# Meetings\n\nSource: <https://handbook.example.org/docs/day-in-the-life/meetings>\n',
      ),
    ).toBe(true);
    expect(parts[1]).toMatch(
      /^# Culture deck\n\nSource: <https:\/\/handbook\.example\.org\/docs\/culture\/culture-deck>\n\n> What we \\\*value\\\*\.\n/,
    );
    expect(parts[2]).toMatch(/^# Glossary\n\nSource: <https:\/\/handbook\.example\.org\/docs\/glossary>\n/);
    expect(parts).toHaveLength(3);
    // Each copy holds the same body as the page's part of llms-full.txt.
    const meetings = readFileSync(join(outDir, 'docs/day-in-the-life/meetings.md'), 'utf8');
    expect(parts[0]).toContain(meetings.slice(meetings.indexOf('A one-on-one')).trimEnd());
  }, 30_000);

  test('with the bodies the bundler printed: the same files, the glossary page with its entries', async () => {
    const bodiesFile = join(tempDir('copies-bodies-'), 'bodies.txt');
    expectBundledBodies({
      file: bodiesFile,
      links: {
        siteUrl: SITE.siteUrl,
        baseUrl: SITE.baseUrl,
        permalinkByFile: new Map(SITE.pages.map((page) => [page.file, page.permalink])),
      },
      pages: new Map(SITE.pages.map((page) => [join(SITE.siteDir, page.file), page])),
    });
    // The steps in the order docusaurus.config.ts gives them: the glossary's entries, then the bodies.
    const bundler = unified()
      .use(remarkParse)
      .use(remarkGlossaryPage, { siteDir: SITE.siteDir })
      .use(remarkBundledBodies)
      .use(remarkFrontmatter)
      .use(remarkDirective)
      .use(remarkGfm);
    for (const page of SITE.pages) {
      const path = join(SITE.siteDir, page.file);
      const file = new VFile({ value: readFileSync(path, 'utf8'), path });
      await bundler.run(bundler.parse(file), file);
    }
    const [withBodies, parsed] = [tempDir('copies-with-bodies-'), tempDir('copies-parsed-')];
    const written = await writeMarkdownCopiesInWorker({ ...SITE, bodiesFile }, withBodies);
    const fromParsing = await writeMarkdownCopiesInWorker(SITE, parsed);
    expect(written.bundled).toBe(3);
    expect(fromParsing.bundled).toBe(0);
    for (const file of fromParsing.files) {
      expect(readFileSync(join(withBodies, file), 'utf8'), file).toBe(readFileSync(join(parsed, file), 'utf8'));
    }
    expect(readFileSync(join(withBodies, 'docs/glossary.md'), 'utf8')).toMatch(/## 1:1\n\n_one-on-one meeting_\n/);
  }, 30_000);

  test("rejects with the worker's own error, naming the path it could not write", async () => {
    const notAFolder = join(tempDir('copies-not-a-folder-'), 'a-file');
    writeFileSync(notAFolder, '');
    await expect(writeMarkdownCopiesInWorker(SITE, notAFolder)).rejects.toThrow(notAFolder);
  }, 30_000);
});
