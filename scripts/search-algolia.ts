// Pushes the handbook's search records to Algolia for DocSearch: the same
// sections the built-in search indexes (src/plugins/handbook-search/server),
// as DocSearch records, replacing the index atomically.
// Try: npm run search:algolia -- --dry-run
//      ALGOLIA_APP_ID=... ALGOLIA_WRITE_API_KEY=... ALGOLIA_INDEX_NAME=... npm run search:algolia
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { algoliasearch } from 'algoliasearch';

import { BASE_URL, SITE_URL } from '../src/config/site.ts';
import { buildAlgoliaRecords } from '../src/plugins/handbook-search/server/algolia-records.ts';
import { readSearchSections } from '../src/plugins/handbook-search/server/index.ts';
import { DEFAULT_BATCH_SIZE, pushAlgoliaRecords } from '../src/plugins/handbook-search/server/push-algolia-records.ts';
import { readAlgoliaWriteEnv } from '../src/plugins/handbook-search/server/read-algolia-write-env.ts';

const SITE_DIR = resolve(__dirname, '..');

async function main() {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string', default: join(tmpdir(), 'handbook-algolia-records.json') },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const { sections, synonyms } = readSearchSections(SITE_DIR);
  const siteUrl = new URL(BASE_URL, SITE_URL).href;
  const records = buildAlgoliaRecords(sections, siteUrl);
  console.log(`${records.length} records from ${sections.length} sections, URLs under ${siteUrl}`);

  if (values['dry-run']) {
    const out = resolve(values.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(records, null, 2)}\n`);
    console.log(`Dry run: wrote the records to ${out}; nothing was pushed.`);
    return;
  }
  const settings = readAlgoliaWriteEnv(process.env);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`--batch-size must be a whole number above 0, got "${values['batch-size']}".`);
  }
  const client = algoliasearch(settings.appId, settings.writeApiKey);
  const summary = await pushAlgoliaRecords(client, settings.indexName, records, synonyms, batchSize);
  console.log(
    `Replaced index "${settings.indexName}" with ${summary.records} records in ${summary.batches} batches, plus ${summary.synonyms} synonym groups.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
