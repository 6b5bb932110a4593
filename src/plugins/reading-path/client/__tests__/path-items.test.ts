import { createElement as h } from 'react';
import { describe, expect, test } from 'vitest';

import { pathItems, textOf } from '../path-items.ts';

// What MDX hands a ReadingPath: a list element whose children are list items.
const list = h(
  'ul',
  null,
  '\n',
  h('li', null, h('a', { href: '/docs/meetings' }, 'Meetings'), ': about an hour a day'),
  '\n',
  h('li', null, h('a', { href: '/docs/culture-deck' }, 'The ', h('em', null, 'culture'), ' deck')),
  h('li', null, 'A note without a link'),
);

describe('pathItems', () => {
  test('reads each linked list item as a page to read', () => {
    expect(pathItems(['\n', list, '\n']).map(({ href, title }) => ({ href, title }))).toEqual([
      { href: '/docs/meetings', title: 'Meetings' },
      { href: '/docs/culture-deck', title: 'The culture deck' },
    ]);
  });

  test.each([
    ['nothing', null],
    ['text only', 'just words'],
    ['an empty list', h('ul', null)],
  ])('finds no items in %s', (_case, children) => {
    expect(pathItems(children)).toEqual([]);
  });
});

describe('textOf', () => {
  test.each([
    ['plain', 'Meetings', 'Meetings'],
    ['nested', h('span', null, 'The ', h('em', null, 'culture'), ' deck'), 'The culture deck'],
    ['numbers', ['Top ', 10], 'Top 10'],
  ])('%s', (_case, node, text) => {
    expect(textOf(node)).toBe(text);
  });
});
