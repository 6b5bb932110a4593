/** Settings for writing to Algolia; only the indexing script reads the write key, never the site build. */
export type AlgoliaWriteSettings = { appId: string; writeApiKey: string; indexName: string };

const REQUIRED = [
  ['ALGOLIA_APP_ID', 'the application id from the Algolia dashboard (API Keys page)'],
  ['ALGOLIA_WRITE_API_KEY', 'an API key with addObject, deleteObject, deleteIndex, editSettings and settings rights'],
  ['ALGOLIA_INDEX_NAME', 'the index DocSearch reads, the same as the site build uses'],
] as const;

/** Reads the write settings, or throws one error naming every missing variable and what to put in it. */
export function readAlgoliaWriteEnv(env: NodeJS.ProcessEnv): AlgoliaWriteSettings {
  const missing = REQUIRED.filter(([name]) => !env[name]?.trim());
  if (missing.length > 0) {
    const lines = missing.map(([name, what]) => `  ${name}: ${what}`);
    throw new Error(
      `Cannot push to Algolia: ${missing.map(([name]) => name).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.\n${lines.join('\n')}\nSet ${missing.length === 1 ? 'it' : 'them'} in the environment, or run with --dry-run to write the records to a file without pushing.`,
    );
  }
  return {
    appId: env.ALGOLIA_APP_ID?.trim() ?? '',
    writeApiKey: env.ALGOLIA_WRITE_API_KEY?.trim() ?? '',
    indexName: env.ALGOLIA_INDEX_NAME?.trim() ?? '',
  };
}
