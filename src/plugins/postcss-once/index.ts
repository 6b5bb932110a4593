// PostCSS set up once per style rule instead of once per stylesheet, under
// `npm start` and in production builds.
//
// Docusaurus hands postcss-loader its plugins as `[path, options]` pairs
// and no config file. For every CSS file the loader then searches the
// file's folder and each parent for a PostCSS config (about thirty names a
// folder, with no cache between files) and makes a fresh postcss-preset-env,
// which lists its features anew. This plugin, through the public
// `configurePostCss` lifecycle, tells the loader there is no config file to
// look for and gives it each plugin already made, once. The CSS that comes
// out is the same. A site that has a PostCSS config file keeps the search,
// so the file is never ignored.
//
// Measured figures, and why production builds got it later than npm start,
// are in design/postcss-once.md.
//
// Try: npm start or npm run build, with and without this plugin in docusaurus.config.ts
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

type PostCssOptions = { plugins?: unknown[]; config?: unknown; [option: string]: unknown };

type PluginCreator = (options?: unknown) => unknown;

/** A `[path, options]` pair as postcss-loader accepts it: the module's path and what to call it with. */
function isNamedPlugin(entry: unknown): entry is [string, unknown] {
  return Array.isArray(entry) && typeof entry[0] === 'string';
}

/** Loads the plugin module as postcss-loader would (its default export if it has one) and makes the plugin. */
function makePlugin(path: string, options: unknown, load: NodeJS.Require): unknown {
  const loaded = load(path) as PluginCreator | { default: PluginCreator };
  const create = typeof loaded === 'function' ? loaded : loaded.default;
  return create(options ?? {});
}

/**
 * The same PostCSS options with every plugin given by path made once, and
 * no config-file search unless `searchConfig` asks for it. Plugins given as
 * objects or functions stay as they are, in their place.
 */
export function withPluginsMadeOnce(
  options: PostCssOptions,
  { searchConfig = false, load = createRequire(__filename) }: { searchConfig?: boolean; load?: NodeJS.Require } = {},
): PostCssOptions {
  return {
    ...options,
    ...(searchConfig ? {} : { config: false }),
    plugins: (options.plugins ?? []).map((entry) =>
      isNamedPlugin(entry) ? makePlugin(entry[0], entry[1], load) : entry,
    ),
  };
}

/** The names postcss-loader looks for, in the site's folder (the ones a site would plausibly use). */
const CONFIG_FILES = [
  'postcss.config.js',
  'postcss.config.cjs',
  'postcss.config.mjs',
  'postcss.config.ts',
  '.postcssrc',
  '.postcssrc.json',
  '.postcssrc.yml',
  '.postcssrc.yaml',
  '.postcssrc.js',
  '.postcssrc.cjs',
];

/** Whether the site has a PostCSS config of its own: a config file or a `postcss` key in package.json. */
export function hasPostCssConfig(siteDir: string): boolean {
  if (CONFIG_FILES.some((name) => existsSync(join(siteDir, name)))) return true;
  const packageJson = join(siteDir, 'package.json');
  return existsSync(packageJson) && 'postcss' in (JSON.parse(readFileSync(packageJson, 'utf8')) as object);
}

export default function postcssOncePlugin(context: LoadContext): Plugin {
  const searchConfig = hasPostCssConfig(context.siteDir);
  return {
    name: 'postcss-once',
    configurePostCss: (options) => withPluginsMadeOnce(options as PostCssOptions, { searchConfig }) as typeof options,
  };
}
