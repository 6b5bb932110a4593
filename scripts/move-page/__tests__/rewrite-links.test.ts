import { describe, expect, test } from 'vitest';

import { rewriteLinks, rewritePageIds, rewriteQuotedUrl, type PageMove } from '../rewrite-links.ts';

const MOVE: PageMove = {
  oldFile: 'docs/culture/deck.md',
  newFile: 'docs/values/culture-deck.md',
  oldUrl: '/docs/culture/deck',
  newUrl: '/docs/values/culture-deck',
};

describe('rewriteLinks', () => {
  test.each([
    [
      'a relative link from a neighbour',
      'docs/culture/a.md',
      'See [the deck](./deck.md).',
      'See [the deck](../values/culture-deck.md).',
    ],
    ['keeps the fragment', 'docs/culture/a.md', '[x](./deck.md#values)', '[x](../values/culture-deck.md#values)'],
    ['from another folder', 'docs/mission/b.md', '[x](../culture/deck.md)', '[x](../values/culture-deck.md)'],
    ['an absolute URL', 'blog/post/index.md', '[x](/docs/culture/deck#a)', '[x](/docs/values/culture-deck#a)'],
    [
      'a reference definition',
      'docs/a.md',
      '[x][d]\n\n[d]: ./culture/deck.md',
      '[x][d]\n\n[d]: ./values/culture-deck.md',
    ],
    ['an @site path', 'docs/a.md', '[x](@site/docs/culture/deck.md)', '[x](@site/docs/values/culture-deck.md)'],
    [
      'leaves other pages alone',
      'docs/culture/a.md',
      '[x](./decks.md) [y](/docs/culture/deck-2)',
      '[x](./decks.md) [y](/docs/culture/deck-2)',
    ],
    [
      'leaves code alone',
      'docs/culture/a.md',
      '`[x](./deck.md)`\n\n```\n[x](./deck.md)\n```',
      '`[x](./deck.md)`\n\n```\n[x](./deck.md)\n```',
    ],
    [
      'leaves front matter alone',
      'docs/culture/a.md',
      '---\ntitle: "[x](./deck.md)"\n---\n\n[x](./deck.md)',
      '---\ntitle: "[x](./deck.md)"\n---\n\n[x](../values/culture-deck.md)',
    ],
  ])('%s', (_name, file, source, expected) => {
    expect(rewriteLinks(source, file, file, MOVE).text).toBe(expected);
  });

  test('the moved page keeps its own relative links and images working from its new folder', () => {
    const source = '[next](./freedom.md) ![chart](./img/deck.svg) [self](./deck.md#top) [abs](/docs/mission)';
    const { text, count } = rewriteLinks(source, MOVE.oldFile, MOVE.newFile, MOVE);
    expect(text).toBe(
      '[next](../culture/freedom.md) ![chart](../culture/img/deck.svg) [self](./culture-deck.md#top) [abs](/docs/mission)',
    );
    expect(count).toBe(3);
  });
});

describe('page ids and config', () => {
  test.each([
    ['glossary pages', 'pages: [culture/deck, mission/x]', 'pages: [values/culture-deck, mission/x]'],
    ['source fact page', '  page: culture/deck', '  page: values/culture-deck'],
    ['only whole ids', 'pages: [culture/deck-2, culture/decks]', 'pages: [culture/deck-2, culture/decks]'],
    ['not other fields', 'definition: culture/deck', 'definition: culture/deck'],
  ])('%s', (_name, text, expected) => {
    expect(rewritePageIds(text, 'culture/deck', 'values/culture-deck').text).toBe(expected);
  });

  test('a navbar or footer item linking the old URL', () => {
    const { text, count } = rewriteQuotedUrl(
      "{ to: '/docs/culture/deck' }, { to: '/docs/culture/deck-2' }",
      MOVE.oldUrl,
      MOVE.newUrl,
    );
    expect(text).toBe("{ to: '/docs/values/culture-deck' }, { to: '/docs/culture/deck-2' }");
    expect(count).toBe(1);
  });
});
