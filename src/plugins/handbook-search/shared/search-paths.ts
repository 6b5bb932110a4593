// The search feature's URLs, in one place for the server (routes, index
// files), the browser (search box, worker) and the glossary's links to search.

/** Path of the full search page, under the site's baseUrl. */
export const SEARCH_PAGE_PATH = 'search';

/** The folder the index is served from: files live at <baseUrl>search-index/. */
export const INDEX_URL_PATH = 'search-index';

/** Where the search page lives, with the query in its URL (before the baseUrl is added). */
export function searchPagePath(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `/${SEARCH_PAGE_PATH}?q=${encodeURIComponent(trimmed)}` : `/${SEARCH_PAGE_PATH}`;
}
