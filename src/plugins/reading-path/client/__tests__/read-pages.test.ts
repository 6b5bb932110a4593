import { describe, expect, test } from 'vitest';

import { normalizePath, parseReadPages } from '../read-pages.ts';

describe('parseReadPages', () => {
  test.each([
    [null, []],
    ['', []],
    ['not json', []],
    ['{"a": 1}', []],
    ['["/docs/a", 3, "/docs/b"]', ['/docs/a', '/docs/b']],
  ])('%s reads as %o', (raw, pages) => {
    expect(parseReadPages(raw)).toEqual(pages);
  });
});

describe('normalizePath', () => {
  test.each([
    ['/docs/a/', '/docs/a'],
    ['/docs/a', '/docs/a'],
    ['/', '/'],
  ])('%s is %s', (path, expected) => {
    expect(normalizePath(path)).toBe(expected);
  });
});
