import type { AlgoliaRecord } from './algolia-records.ts';

/** The few calls of the algoliasearch v5 client the push needs (tests pass a fake). */
export type AlgoliaWriteClient = {
  setSettings(options: { indexName: string; indexSettings: Record<string, unknown> }): Promise<unknown>;
  replaceAllObjects(options: {
    indexName: string;
    objects: Array<Record<string, unknown>>;
    batchSize?: number;
  }): Promise<unknown>;
  saveSynonyms(options: {
    indexName: string;
    synonymHit: Array<{ objectID: string; type: 'synonym'; synonyms: string[] }>;
    replaceExistingSynonyms?: boolean;
  }): Promise<unknown>;
};

export const DEFAULT_BATCH_SIZE = 500;

/** What DocSearch needs to search and filter the records (mirrors the DocSearch crawler's defaults). */
const DOCSEARCH_SETTINGS = {
  searchableAttributes: [
    'unordered(hierarchy.lvl0)',
    'unordered(hierarchy.lvl1)',
    'unordered(hierarchy.lvl2)',
    'unordered(hierarchy.lvl3)',
    'content',
  ],
  attributesForFaceting: ['type', 'language', 'docusaurus_tag'],
  attributesToSnippet: ['content:10'],
  attributeForDistinct: 'url',
  distinct: true,
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
  highlightPostTag: '</span>',
};

export type PushSummary = { records: number; batches: number; synonyms: number };

/**
 * Pushes records so readers never see a half-filled index: settings first,
 * then replaceAllObjects (which fills a temporary index in batches and moves
 * it over the live one in one step), then the glossary synonyms.
 */
export async function pushAlgoliaRecords(
  client: AlgoliaWriteClient,
  indexName: string,
  records: readonly AlgoliaRecord[],
  synonyms: readonly string[][],
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<PushSummary> {
  await client.setSettings({ indexName, indexSettings: DOCSEARCH_SETTINGS });
  await client.replaceAllObjects({ indexName, objects: records.map((record) => ({ ...record })), batchSize });
  const synonymHit = synonyms
    .filter((group) => group.length > 1)
    .map((group, index) => ({ objectID: `glossary-${index}`, type: 'synonym' as const, synonyms: [...group] }));
  await client.saveSynonyms({ indexName, synonymHit, replaceExistingSynonyms: true });
  return { records: records.length, batches: Math.ceil(records.length / batchSize), synonyms: synonymHit.length };
}
