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

  test('each destination once; unused definitions count; images, bare URLs and links in code do not', () => {
    const markdown = [
      'See [deck](./culture-deck.md), [again](./culture-deck.md) and ![graph](./f.svg).',
      'Read https://example.com and `[x](./in-code.md)`.',
      '',
      '```md',
      '[y](./in-fence.md)',
      '```',
      '',
      '[unused]: ./meetings.md',
    ].join('\n');
    expect(linksInMarkdown(markdown)).toEqual(['./culture-deck.md', './meetings.md']);
  });

  test('destinations are kept as written, escapes resolved, not percent-encoded', () => {
    expect(linksInMarkdown('[a](<./a b.md>) [c](./caf\\_é.md)')).toEqual(['./a b.md', './caf_é.md']);
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

  test('a link or emphasis inside a sentence leaves no gap before the punctuation', () => {
    expect(digestMarkdown('See [Meetings](./meetings.md). A *summary*, weekly.').blocks).toEqual([
      { type: 'content', text: 'See Meetings. A summary, weekly.' },
    ]);
  });

  test('lists, tables and fenced code are one block each, with their text', () => {
    const markdown =
      '- one\n- two\n\n| Tool | Use |\n| --- | --- |\n| perf | profiling |\n\n```sh\nperf record -g\n```';
    expect(digestMarkdown(markdown).blocks.map((block) => block.text.replace(/\s+/g, ' '))).toEqual([
      'one two',
      'Tool Use perf profiling',
      'perf record -g',
    ]);
  });

  test('a body read twice is parsed once: every feature gets the same digest', () => {
    const body = `A page read by search, backlinks and the glossary ${Math.random()}`;
    expect(digestMarkdown(body)).toBe(digestMarkdown(body));
  });
});
