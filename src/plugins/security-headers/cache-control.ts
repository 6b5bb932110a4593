// Docusaurus puts a content hash into the names of the files under /assets/
// (e.g. /assets/js/main.3f9a1c2e.js), so those never change once written and
// can be cached for a year. Everything else, HTML first of all, keeps its URL
// across deploys and must be revalidated.
const HASHED_ASSET = /^\/assets\/.+[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** 'public' lets shared caches keep a copy; 'private' (a site behind a sign-in) lets only the reader's browser. */
export type CacheScope = 'public' | 'private';

/**
 * The cache rules every server config is written from: the hashed-asset
 * pattern (as a POSIX/PCRE regex over the URL path) and the two values.
 */
export function cacheRules(scope: CacheScope = 'public'): { pattern: string; immutable: string; revalidate: string } {
  return {
    pattern: '^/assets/.+[.-][0-9a-f]{8,}\\.[a-z0-9]+$',
    immutable: CACHE_IMMUTABLE.replace(/^public/, scope),
    revalidate: CACHE_REVALIDATE.replace(/^public/, scope),
  };
}

export function cacheControlFor(pathname: string): string {
  return HASHED_ASSET.test(pathname) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
