import { describe, expect, test } from 'vitest';

import { CACHE_IMMUTABLE, CACHE_REVALIDATE, cacheControlFor } from '../cache-control.ts';

describe('cacheControlFor', () => {
  test.each([
    ['/assets/js/main.3f9a1c2e.js', CACHE_IMMUTABLE],
    ['/assets/js/runtime~main.0a1b2c3d.js', CACHE_IMMUTABLE],
    ['/assets/css/styles.9a8b7c6d.css', CACHE_IMMUTABLE],
    ['/assets/images/working-week-5d41402abc4b2a76.svg', CACHE_IMMUTABLE],
    ['/index.html', CACHE_REVALIDATE],
    ['/docs/culture/culture-deck/index.html', CACHE_REVALIDATE],
    ['/sitemap.xml', CACHE_REVALIDATE],
    ['/img/logo.svg', CACHE_REVALIDATE],
    ['/assets/js/unhashed.js', CACHE_REVALIDATE],
  ])('%s is served with %s', (pathname, expected) => {
    expect(cacheControlFor(pathname)).toBe(expected);
  });
});
