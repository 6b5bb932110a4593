import { describe, expect, test } from 'vitest';

import { digestMarkdown, linksInMarkdown, readableText } from '../plain-text.ts';

describe('readableText', () => {
  test.each([
    ['prose', 'Read the *culture deck* first.', 'Read the culture deck first.'],
    ['inline code and image alt', 'Run `perf` ![a flame graph](./f.svg)', 'Run perf a flame graph'],
    ['no code blocks', 'Before\n\n```sh\nsudo perf record\n```\n\nAfter', 'Before After'],
    ['no raw HTML', 'Text <abbr title="x">PMC</abbr>', 'Text PMC'],
  ])('%s', (_name, markdown, expected) => {
    expect(readableText(markdown).replace(/\s+/g, ' ').trim()).toBe(expected);
  });
});

describe('linksInMarkdown', () => {
  test('inline links and reference definitions, in order', () => {
    const markdown = 'See [deck](./culture-deck.md) and [cases][c].\n\n[c]: /docs/day-in-the-life/reactive-cases';
    expect(linksInMarkdown(markdown)).toEqual(['./culture-deck.md', '/docs/day-in-the-life/reactive-cases']);
  });
});

describe('digestMarkdown', () => {
  test('top-level blocks: headings keep an explicit id and drop inline HTML', () => {
    expect(digestMarkdown('## On call {#sre}\n\nPaged at night.\n\n### <b>Bold</b> move').blocks).toEqual([
      { type: 'heading', depth: 2, text: 'On call {#sre}' },
      { type: 'content', text: 'Paged at night.' },
      { type: 'heading', depth: 3, text: 'Bold move' },
    ]);
  });

  test('a body read twice is parsed once: every feature gets the same digest', () => {
    const body = `A page read by search, backlinks and the glossary ${Math.random()}`;
    expect(digestMarkdown(body)).toBe(digestMarkdown(body));
  });
});
