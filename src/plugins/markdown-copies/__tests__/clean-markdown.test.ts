// Golden files: each folder under golden/ holds a page's input (input.md or
// input.mdx) and the clean Markdown copy made of it (output.md). Change the
// transform, read the diff, and accept it with:
//   npx vitest run src/plugins/markdown-copies -u
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';

import {
  cleanMarkdownBody,
  copyFrontMatter,
  printCleanBody,
  withSummary,
  type CleanMarkdownInput,
} from '../server/clean-markdown.ts';
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

/** What a reader's Markdown tool makes of a text: its syntax tree, without positions. */
function readAs(markdown: string, mdx = false): Root {
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  const tree = (mdx ? parser.use(remarkMdx) : parser).parse(markdown);
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as Root;
}

describe('blocks a copy keeps unchanged go in as the page wrote them', () => {
  const resolveUrl = urlResolverFor(GOLDEN_LINKS, GOLDEN_PAGE.file, GOLDEN_PAGE.permalink);
  /** The copy's body both ways: blocks as written where they can be, and every block printed. */
  const bothWays = (body: string, mdx = false) => {
    const tree = readAs(body, mdx);
    return {
      asWritten: cleanMarkdownBody({ body, mdx, title: 'T', resolveUrl }),
      printed: printCleanBody(tree, resolveUrl),
    };
  };

  test.each(goldenPages().map((page) => [page.name, page] as const))(
    '%s: reads as the same Markdown as printing every block',
    (_name, { body, mdx }) => {
      const { asWritten, printed } = bothWays(body, mdx);
      expect(readAs(asWritten)).toEqual(readAs(`# T\n\n${printed}`));
    },
  );

  test("keeps the author's own spelling of a block the copy does not change", () => {
    const { asWritten } = bothWays('Some *emphasis* and __strong__ words.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(asWritten).toBe('# T\n\nSome *emphasis* and __strong__ words.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  });

  test('two lists a dropped comment kept apart stay two lists, and code after a list stays code', () => {
    const body =
      '- one\n- two\n\n<!-- apart -->\n\n- three\n\nText.\n\n1. first\n\n<!-- apart -->\n\n    indented code\n';
    const { asWritten, printed } = bothWays(body);
    const tree = readAs(asWritten);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'list', 'list', 'paragraph', 'list', 'code']);
    expect(tree).toEqual(readAs(`# T\n\n${printed}`));
  });

  test('a block the copy changes is printed: links made absolute, components unwrapped', () => {
    const { asWritten } = bothWays(
      'See [the deck](../culture/culture-deck.md).\n\n<Note>\n\nInside a component.\n\n</Note>\n',
      true,
    );
    expect(asWritten).toBe(
      '# T\n\nSee [the deck](https://handbook.example.org/handbook/docs/culture/culture-deck).\n\nInside a component.\n',
    );
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
