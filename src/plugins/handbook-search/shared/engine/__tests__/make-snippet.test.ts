import { describe, expect, test } from 'vitest';

import { makeSnippet } from '../make-snippet.ts';

const matcher = { terms: new Set(['flame', 'graph']), prefixes: ['stac'] };

describe('makeSnippet', () => {
  test('marks matched words, stems and prefixes', () => {
    const snippet = makeSnippet('Flame graphs show stacks.', matcher);
    expect(snippet.highlights.map(([start, end]) => snippet.text.slice(start, end))).toEqual([
      'Flame',
      'graphs',
      'stacks',
    ]);
    expect(snippet).toMatchObject({ cutBefore: false, cutAfter: false });
  });

  test('centres a long text on the densest run of matches, cut at spaces', () => {
    const text = `${'lorem ipsum '.repeat(40)}here flame graphs meet stacks ${'dolor sit '.repeat(40)}`;
    const snippet = makeSnippet(text, matcher, 80);
    expect(snippet.text).toContain('flame graphs meet stacks');
    expect(snippet.cutBefore && snippet.cutAfter).toBe(true);
    expect(snippet.text.startsWith(' ') || snippet.text.endsWith(' ')).toBe(false);
  });

  test('the same text marks what each query matches (tokens are reused, matches are not)', () => {
    const text = 'Flame graphs show stacks.';
    const words = (snippet: ReturnType<typeof makeSnippet>) =>
      snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));
    expect(words(makeSnippet(text, matcher))).toEqual(['Flame', 'graphs', 'stacks']);
    expect(words(makeSnippet(text, { terms: new Set(['show']), prefixes: [] }))).toEqual(['show']);
    expect(words(makeSnippet(text, { terms: new Set(), prefixes: ['gra'] }))).toEqual(['graphs']);
  });

  test('without a match shows the start of the text', () => {
    const snippet = makeSnippet('Nothing to see here at all.', matcher, 10);
    expect(snippet.highlights).toEqual([]);
    expect(snippet.cutBefore).toBe(false);
  });
});
