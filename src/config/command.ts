/**
 * Whether this process is `docusaurus start` (`npm start`): the contributor's
 * preview, where every save runs each plugin's allContentLoaded again and
 * nothing is written for postBuild (design/dev-loop.md).
 */
export function isDevServer(argv: readonly string[] = process.argv): boolean {
  return argv[2] === 'start';
}

/**
 * Whether this process is `docusaurus build` for production, the one command
 * that runs postBuild (Docusaurus sets NODE_ENV before it loads the config).
 */
export function isProductionBuild(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
): boolean {
  return env.NODE_ENV === 'production' && argv[2] === 'build';
}

/**
 * Whether this process stops once it has bundled: the first of `npm run
 * build`'s two (scripts/build.ts), which never reaches postBuild, so work
 * done only for postBuild can be skipped in it (design/two-process-build.md).
 */
export function exitsAfterBundling(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DOCUSAURUS_EXIT_AFTER_BUNDLING === 'true';
}

/**
 * Whether this process renders from bundles an earlier one wrote (the second
 * of `npm run build`'s two): its output folder already holds every bundled
 * asset, images included, before any page renders.
 */
export function rendersFromBundles(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DOCUSAURUS_SKIP_BUNDLING === 'true';
}

/** Set by scripts/build.ts on a bundling process that makes one of the two bundles only. */
export const BUNDLE_ONLY_ENV = 'HANDBOOK_BUNDLE_ONLY';

/**
 * The one bundle this bundling process makes, when a large site's build
 * bundles the client and the server in two processes in turn
 * (design/two-process-build.md); undefined when it makes both.
 */
export function bundlesOnly(env: NodeJS.ProcessEnv = process.env): 'client' | 'server' | undefined {
  const value = env[BUNDLE_ONLY_ENV];
  if (value === undefined || value === '') return undefined;
  if (value === 'client' || value === 'server') return value;
  throw new Error(`${BUNDLE_ONLY_ENV} must be "client" or "server", not ${JSON.stringify(value)}`);
}

/** Set by scripts/build.ts on both bundling processes of a split build: where the compiled pages are handed over. */
export const COMPILED_PAGES_ENV = 'HANDBOOK_COMPILED_PAGES';

/** The folder where the client's bundling process leaves each compiled page for the server's, or undefined. */
export function compiledPagesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[COMPILED_PAGES_ENV] || undefined;
}
