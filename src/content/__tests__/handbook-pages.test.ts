import { describe, expect, test } from 'vitest';

import { docUrl, type HandbookPage } from '../handbook-pages.ts';

const page = (id: string, frontMatter: Record<string, unknown> = {}): HandbookPage => ({
  kind: 'doc',
  id,
  file: `docs/${id}.md`,
  frontMatter,
  body: '',
  bodyStartLine: 1,
});

describe('docUrl', () => {
  test.each([
    [page('culture/culture-deck'), '/docs/culture/culture-deck'],
    [page('start-here', { slug: '/start-here' }), '/docs/start-here'],
    [page('culture/index'), '/docs/culture'],
    [page('culture/deck', { slug: 'the-deck' }), '/docs/culture/the-deck'],
  ])('%o is served at %s', (input, expected) => {
    expect(docUrl(input)).toBe(expected);
  });
});
