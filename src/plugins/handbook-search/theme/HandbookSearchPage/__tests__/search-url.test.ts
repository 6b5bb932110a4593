import { describe, expect, test } from 'vitest';

import { formatSearchUrl, labelsForSlugs, parseSearchUrl } from '../search-url.ts';

describe('the search page URL', () => {
  test.each([
    ['', { query: '', sections: [] }],
    ['?q=flame+graphs', { query: 'flame graphs', sections: [] }],
    ['?q=on%20call&section=blog&section=culture', { query: 'on call', sections: ['blog', 'culture'] }],
    ['?section=nonsense&section=blog&section=blog', { query: '', sections: ['blog'] }],
    ['?q=%3Cscript%3E', { query: '<script>', sections: [] }],
  ])('reads %s', (search, state) => {
    expect(parseSearchUrl(search)).toEqual(state);
  });

  test.each([
    [{ query: '', sections: [] }, ''],
    [{ query: 'flame graphs', sections: [] }, '?q=flame+graphs'],
    [{ query: 'x', sections: ['blog', 'day-in-the-life'] }, '?q=x&section=day-in-the-life&section=blog'],
  ])('writes %j as %s, filters in a fixed order', (state, search) => {
    expect(formatSearchUrl(state)).toBe(search);
  });

  test('maps slugs to the section labels the index uses', () => {
    expect(labelsForSlugs(['work-updates', 'blog'])).toEqual(['Work Updates', 'Blog']);
  });
});
