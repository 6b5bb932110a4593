// Golden files: each folder under golden/ holds a page's input (input.md or
// input.mdx) and the clean Markdown copy made of it (output.md). Change the
// transform, read the diff, and accept it with:
//   npx vitest run src/plugins/markdown-copies -u
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { cleanMarkdownBody, copyFrontMatter, withSummary, type CleanMarkdownInput } from '../server/clean-markdown.ts';
import { urlResolverFor } from '../server/site-urls.ts';

const CASES_DIR = join(__dirname, 'golden');
const PAGE_FILE = 'docs/work-updates/page.md';
const LINKS = {
  siteUrl: 'https://handbook.example.org',
  baseUrl: '/handbook/',
  permalinkByFile: new Map([
    ['docs/culture/culture-deck.md', '/handbook/docs/culture/culture-deck'],
    ['docs/glossary.md', '/handbook/docs/glossary'],
    ['docs/work-updates/day-in-the-life/meetings.md', '/handbook/docs/day-in-the-life/meetings'],
  ]),
  assetPathOf: (file: string) =>
    file === 'docs/work-updates/img/growth.svg' ? '/handbook/assets/images/growth-0123abcd.svg' : undefined,
};

/** A page's copy as write-copies.ts writes it: the front matter, then the clean body. */
const cleanMarkdown = (input: CleanMarkdownInput) =>
  copyFrontMatter(input.title, input.description) + cleanMarkdownBody(input);

describe('clean Markdown copies of unusual pages', () => {
  const cases = readdirSync(CASES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  test.each(cases.map((entry) => entry.name))('%s', async (name) => {
    const inputName = readdirSync(join(CASES_DIR, name)).find((file) => file.startsWith('input.')) ?? 'input.md';
    const body = await readFile(join(CASES_DIR, name, inputName), 'utf8');
    const copy = cleanMarkdown({
      body,
      mdx: inputName.endsWith('.mdx'),
      title: `Golden: ${name}`,
      description: 'A page made to test one kind of Markdown.',
      resolveUrl: urlResolverFor(LINKS, PAGE_FILE, '/handbook/docs/work-updates/page'),
    });
    await expect(copy).toMatchFileSnapshot(join(CASES_DIR, name, 'output.md'));
  });
});

describe('front matter of a copy', () => {
  test('keeps only the title and the description, quoted where YAML needs it', () => {
    const copy = cleanMarkdown({
      body: 'Body.',
      mdx: false,
      title: 'Tracing: a how-to',
      description: 'Why "perf" comes first',
      resolveUrl: (url) => url,
    });
    expect(copy).toBe(
      '---\ntitle: "Tracing: a how-to"\ndescription: Why "perf" comes first\n---\n\n# Tracing: a how-to\n\nBody.\n',
    );
  });
});

describe("a page's part of llms-full.txt", () => {
  const clean = (body: string, title: string) =>
    cleanMarkdownBody({ body, mdx: false, title, resolveUrl: (url) => url });

  test('has the description as a quote under the title, escaped as Markdown, then the body as the copy has it', () => {
    const body = clean('First paragraph.\n\n- a\n- b\n', 'Flame graphs');
    expect(withSummary(body, 'Why *not* [this] <b>')).toBe(
      '# Flame graphs\n\n> Why \\*not\\* \\[this] \\<b>\n\nFirst paragraph.\n\n- a\n- b\n',
    );
  });

  test('of a page with a title only, or without a description', () => {
    expect(withSummary(clean('', 'Empty'), 'Only a title.')).toBe('# Empty\n\n> Only a title.\n');
    expect(withSummary(clean('Text.', 'Plain'), '')).toBe('# Plain\n\nText.\n');
  });
});
