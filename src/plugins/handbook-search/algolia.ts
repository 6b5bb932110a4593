// Algolia DocSearch, for when the handbook outgrows its built-in search.
// Set all three variables at build time and the site uses the classic
// theme's DocSearch instead of the handbook-search plugin; the records come
// from `npm run search:algolia` (scripts/search-algolia.ts). Only the
// search-only key is read here: the write key must never reach the build.
// Try: ALGOLIA_APP_ID=... ALGOLIA_SEARCH_API_KEY=... ALGOLIA_INDEX_NAME=... npm run build

export type AlgoliaSettings = { appId: string; apiKey: string; indexName: string };

const ALGOLIA_ENV = {
  appId: 'ALGOLIA_APP_ID',
  searchApiKey: 'ALGOLIA_SEARCH_API_KEY',
  indexName: 'ALGOLIA_INDEX_NAME',
} as const;

/** The DocSearch settings when all three variables are set, otherwise null (the built-in search is used). */
export function readAlgoliaSettings(env: NodeJS.ProcessEnv = process.env): AlgoliaSettings | null {
  const appId = env[ALGOLIA_ENV.appId]?.trim();
  const apiKey = env[ALGOLIA_ENV.searchApiKey]?.trim();
  const indexName = env[ALGOLIA_ENV.indexName]?.trim();
  return appId && apiKey && indexName ? { appId, apiKey, indexName } : null;
}

/**
 * The hosts DocSearch talks to, for the Content-Security-Policy's
 * connect-src (src/plugins/security-headers): the application's own
 * search host and Algolia's fallback hosts.
 */
export function algoliaOrigins({ appId }: AlgoliaSettings): string[] {
  return [
    `https://${appId}-dsn.algolia.net`,
    'https://*.algolia.net',
    'https://*.algolianet.com',
    'https://*.algolia.io',
  ];
}
