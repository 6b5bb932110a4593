// Golden files: each folder under golden/ holds a page's input (input.md or
// input.mdx) and the clean Markdown copy made of it (output.md). Change the
// transform, read the diff, and accept it with:
//   npx vitest run src/plugins/markdown-copies -u
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { cleanMarkdownBody, copyFrontMatter, withSummary, type CleanMarkdownInput } from '../server/clean-markdown.ts';
import { urlResolverFor } from '../server/site-urls.ts';
import { GOLDEN_DIR, GOLDEN_LINKS, GOLDEN_PAGE, goldenPages } from './golden-pages.ts';

/** A page's copy as write-copies.ts writes it: the front matter, then the clean body. */
const cleanMarkdown = (input: CleanMarkdownInput) =>
  copyFrontMatter(input.title, input.description) + cleanMarkdownBody(input);

describe('clean Markdown copies of unusual pages', () => {
  test.each(goldenPages().map((page) => [page.name, page] as const))('%s', async (name, { body, mdx }) => {
    const copy = cleanMarkdown({
      body,
      mdx,
      title: `Golden: ${name}`,
      description: 'A page made to test one kind of Markdown.',
      resolveUrl: urlResolverFor(GOLDEN_LINKS, GOLDEN_PAGE.file, GOLDEN_PAGE.permalink),
    });
    await expect(copy).toMatchFileSnapshot(join(GOLDEN_DIR, name, 'output.md'));
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
