import useBaseUrl from '@docusaurus/useBaseUrl';

import { INDEX_URL_PATH } from '../shared/search-paths.ts';

// A file of its own so the navbar's search button can use it without
// pulling the search client into every page's first-load JavaScript.

/** The absolute URL of the index folder, honouring the site's baseUrl. */
export function useSearchIndexUrl(): string {
  const path = useBaseUrl(`/${INDEX_URL_PATH}/`);
  return typeof window === 'undefined' ? path : new URL(path, window.location.href).href;
}
