import { describe, expect, test } from 'vitest';

import { readSections } from '../../../../../content/sections.ts';
import { formatSearchUrl, labelsForSlugs, parseSearchUrl } from '../search-url.ts';
import { sectionFilters } from '../../../server/section-filters.ts';

// The handbook's own sections, as the plugin hands them to the page.
const FILTERS = sectionFilters(readSections(process.cwd()));

describe('the search page URL', () => {
  test.each([
    ['', { query: '', sections: [] }],
    ['?q=flame+graphs', { query: 'flame graphs', sections: [] }],
    ['?q=on%20call&section=blog&section=culture', { query: 'on call', sections: ['blog', 'culture'] }],
    ['?section=nonsense&section=blog&section=blog', { query: '', sections: ['blog'] }],
    ['?q=%3Cscript%3E', { query: '<script>', sections: [] }],
  ])('reads %s', (search, state) => {
    expect(parseSearchUrl(search, FILTERS)).toEqual(state);
  });

  test.each([
    [{ query: '', sections: [] }, ''],
    [{ query: 'flame graphs', sections: [] }, '?q=flame+graphs'],
    [{ query: 'x', sections: ['blog', 'day-in-the-life'] }, '?q=x&section=day-in-the-life&section=blog'],
  ])('writes %j as %s, filters in a fixed order', (state, search) => {
    expect(formatSearchUrl(state, FILTERS)).toBe(search);
  });

  test('offers the sections in sidebar order, then the blog', () => {
    expect(FILTERS).toEqual([
      { label: 'Day in the Life', slug: 'day-in-the-life' },
      { label: 'Culture', slug: 'culture' },
      { label: 'Mission', slug: 'mission' },
      { label: 'Work Updates', slug: 'work-updates' },
      { label: 'Blog', slug: 'blog' },
    ]);
  });

  test('maps slugs to the section labels the index uses', () => {
    expect(labelsForSlugs(['work-updates', 'blog'], FILTERS)).toEqual(['Work Updates', 'Blog']);
  });
});
