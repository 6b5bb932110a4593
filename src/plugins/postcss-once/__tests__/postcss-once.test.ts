import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, test, vi } from 'vitest';

import postcssOncePlugin, { hasPostCssConfig, withPluginsMadeOnce } from '../index.ts';

const SITE_DIR = join(__dirname, '..', '..', '..', '..');

type LoaderEntry = { loader: string; options?: { postcssOptions?: Record<string, unknown> } };
type PostCss = (plugins: unknown[]) => { process(css: string, options: { from: string }): Promise<{ css: string }> };

/** The style loaders Docusaurus gives the client bundle, from the @docusaurus/bundler it depends on. */
async function docusaurusStyleLoaders(): Promise<{ loaders: LoaderEntry[]; fromBundler: NodeJS.Require }> {
  const fromCore = createRequire(require.resolve('@docusaurus/core/package.json'));
  const fromBundler = createRequire(fromCore.resolve('@docusaurus/bundler'));
  const bundler = fromBundler('@docusaurus/bundler') as {
    createStyleLoadersFactory(options: { currentBundler: unknown }): Promise<(isServer: boolean) => LoaderEntry[]>;
    getCurrentBundler(options: { siteConfig: unknown }): Promise<unknown>;
  };
  const currentBundler = await bundler.getCurrentBundler({
    siteConfig: { future: { faster: { rspackBundler: true } } },
  });
  const getStyleLoaders = await bundler.createStyleLoadersFactory({ currentBundler });
  return { loaders: getStyleLoaders(false), fromBundler };
}

async function postcssOptionsOfDocusaurus() {
  const { loaders, fromBundler } = await docusaurusStyleLoaders();
  const postcssLoader = loaders.find((entry) => entry.loader.includes('postcss-loader'));
  if (!postcssLoader?.options?.postcssOptions) throw new Error('Docusaurus no longer passes postcss-loader options');
  const postcss = createRequire(dirname(fromBundler.resolve('postcss-loader')))('postcss') as PostCss;
  return { options: postcssLoader.options.postcssOptions as { plugins: unknown[] }, postcss };
}

describe('withPluginsMadeOnce', () => {
  test('makes each plugin given by path once, with its options, and leaves made plugins in their place', () => {
    const made = { postcssPlugin: 'made-already' };
    const create = vi.fn((options: unknown) => ({ postcssPlugin: 'from-path', options }));
    const load = vi.fn(() => ({ default: create })) as unknown as NodeJS.Require;
    const result = withPluginsMadeOnce({ ident: 'postcss', plugins: [made, ['/x/plugin.js', { stage: 2 }]] }, { load });
    expect(result).toEqual({
      ident: 'postcss',
      config: false,
      plugins: [made, { postcssPlugin: 'from-path', options: { stage: 2 } }],
    });
    expect(load).toHaveBeenCalledWith('/x/plugin.js');
    expect(create).toHaveBeenCalledTimes(1);
  });

  test('keeps the config-file search for a site that has a PostCSS config', () => {
    expect(withPluginsMadeOnce({ plugins: [] }, { searchConfig: true })).not.toHaveProperty('config');
  });

  test("turns Docusaurus' own PostCSS options into made plugins, and the CSS that comes out is the same", async () => {
    const { options, postcss } = await postcssOptionsOfDocusaurus();
    expect(options.plugins.some((entry) => Array.isArray(entry) && typeof entry[0] === 'string')).toBe(true);
    const once = withPluginsMadeOnce(options);
    expect(once.config).toBe(false);
    expect(once.plugins?.some((entry) => Array.isArray(entry))).toBe(false);
    // As postcss-loader does it for every stylesheet: the module, called only when it has options.
    const asLoaderMakesThem = options.plugins.map((entry) => {
      const [path, pluginOptions] = entry as [string, object | undefined];
      const loaded = createRequire(__filename)(path) as ((o?: object) => unknown) & {
        default?: (o?: object) => unknown;
      };
      const create = loaded.default ?? loaded;
      return pluginOptions && Object.keys(pluginOptions).length > 0 ? create(pluginOptions) : create;
    });
    for (const file of ['src/css/custom.css', 'src/css/print.css']) {
      const css = readFileSync(join(SITE_DIR, file), 'utf8');
      const before = await postcss(asLoaderMakesThem).process(css, { from: file });
      const after = await postcss(once.plugins ?? []).process(css, { from: file });
      expect(after.css, file).toBe(before.css);
      expect(after.css.length).toBeGreaterThan(100);
    }
  });
});

describe('hasPostCssConfig', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('the handbook has none, so no stylesheet searches for one', () => {
    expect(hasPostCssConfig(SITE_DIR)).toBe(false);
  });

  test('finds a config file or a postcss key in package.json', () => {
    dir = mkdtempSync(join(tmpdir(), 'postcss-once-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site' }));
    expect(hasPostCssConfig(dir)).toBe(false);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', postcss: { plugins: {} } }));
    expect(hasPostCssConfig(dir)).toBe(true);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site' }));
    writeFileSync(join(dir, 'postcss.config.js'), 'module.exports = {};\n');
    expect(hasPostCssConfig(dir)).toBe(true);
  });
});

describe('postcssOncePlugin', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
  });
  const context = { siteDir: SITE_DIR } as LoadContext;

  test.each(['start', 'build'])(
    'under docusaurus %s, hands postcss-loader made plugins and no config search',
    (command) => {
      process.argv = [argv[0] ?? 'node', 'docusaurus', command];
      const { configurePostCss } = postcssOncePlugin(context);
      const made = { postcssPlugin: 'made-already' };
      expect(configurePostCss?.({ plugins: [made] } as never)).toEqual({ plugins: [made], config: false });
    },
  );
});
