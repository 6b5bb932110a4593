/**
 * The environment for a second build of the site beside build/ (private,
 * printed, analytics, Algolia): its own generated-files folder, and no
 * persistent bundler cache. Docusaurus names that cache by bundle and locale
 * only, and Rspack does not see that `@generated` now points at another
 * folder, so a variant built after the ordinary build could bundle the
 * ordinary build's generated config and plugin data (seen: the public host
 * in a private build, no packet link in the printed one).
 */
export function variantBuildEnv(generatedFilesDir: string): Record<string, string> {
  return { DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedFilesDir, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
}
