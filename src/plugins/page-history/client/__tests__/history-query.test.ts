import { describe, expect, test } from 'vitest';

import { parseHistoryQuery } from '../history-query.ts';

describe('parseHistoryQuery', () => {
  test.each([
    ['?page=/docs/start-here', { page: '/docs/start-here', diff: null, from: null, to: null }],
    ['?page=/docs/start-here/', { page: '/docs/start-here', diff: null, from: null, to: null }],
    ['?page=/docs/a&diff=abc1234', { page: '/docs/a', diff: 'abc1234', from: null, to: null }],
    ['?page=/docs/a&from=abc1234&to=def5678', { page: '/docs/a', diff: null, from: 'abc1234', to: 'def5678' }],
    ['?page=/docs/a&diff=not-a-commit', { page: '/docs/a', diff: null, from: null, to: null }],
    ['', { page: null, diff: null, from: null, to: null }],
  ])('%s', (search, expected) => {
    expect(parseHistoryQuery(search)).toEqual(expected);
  });

  test.each(['?page=https://evil.example/x', '?page=/docs/../../etc', '?page=docs/a', '?page=/docs/a?b'])(
    '%s is not a page path',
    (search) => {
      const query = parseHistoryQuery(search);
      expect(query.page).toBeNull();
      expect(query.problem).toMatch(/is not the path of a handbook page/);
    },
  );
});
