// Pages compiled on demand under `npm start`: what the plugin gives the
// client's config, and the loader that lets lazy compilation hold pages back.
// The browser test (e2e/dev-loop.e2e.ts, "on demand") follows a link to a page
// no one has opened and sees it compile.
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { afterEach, describe, expect, test } from 'vitest';

import { MARKDOWN_FILE } from '../../../content/handbook-pages.ts';
import pagesOnDemandPlugin, { onDemandClientConfig, REGISTRY_LOADER } from '../index.ts';

const withoutWeakPageReferences = createRequire(import.meta.url)(REGISTRY_LOADER) as (source: string) => string;

/** One registry entry as @docusaurus/core's codegen writes it (the guard test checks the template). */
function entry(chunkName: string, modulePath: string): string {
  return `  "${chunkName}": [() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`;
}

describe('the registry loader', () => {
  test('turns the weak references to Markdown pages into their paths and keeps every import', () => {
    const registry = [
      'export default {',
      entry('content---docs-culture-deck-abc', '@site/docs/culture/culture-deck.md'),
      entry('content---docs-start-here-def', '@site/docs/start-here.mdx'),
      entry('__comp---site-src-pages-index-tsx-1df', '@site/src/pages/index.tsx'),
      entry('__props---docs-11b', '@generated/docusaurus-plugin-content-docs/default/p/docs-175.json'),
      '};',
    ].join('\n');
    const rewritten = withoutWeakPageReferences(registry);
    expect(rewritten).toContain(
      '"@site/docs/culture/culture-deck.md"), "@site/docs/culture/culture-deck.md", "@site/docs/culture/culture-deck.md"],',
    );
    expect(rewritten).toContain(
      '"@site/docs/start-here.mdx"), "@site/docs/start-here.mdx", "@site/docs/start-here.mdx"],',
    );
    expect(rewritten).toContain('require.resolveWeak("@site/src/pages/index.tsx")');
    expect(rewritten).toContain(
      'require.resolveWeak("@generated/docusaurus-plugin-content-docs/default/p/docs-175.json")',
    );
    expect(rewritten.match(/\(\) => import\(/g)).toHaveLength(4);
    expect(rewritten.match(/require\.resolveWeak/g)).toHaveLength(2);
  });

  test('keeps a path with an escaped quote whole', () => {
    const path = String.raw`@site/docs/a \"quoted\" name.md`;
    expect(withoutWeakPageReferences(`require.resolveWeak("${path}")`)).toBe(`"${path}"`);
  });
});

describe("the client's config under npm start", () => {
  const middleware = () => {};
  // Hands out the middleware only for the dev server's compiler.
  const bundler = {
    lazyCompilationMiddleware: (compiler: never) => ((compiler as string) === 'the compiler' ? middleware : () => {}),
  };
  const config = onDemandClientConfig('/site/.docusaurus', bundler);

  test('holds back Markdown pages only', () => {
    expect(config.lazyCompilation).toEqual({ entries: false, imports: true, test: MARKDOWN_FILE });
    for (const page of ['/site/docs/a.md', '/site/blog/2020-01-01-b.mdx']) expect(MARKDOWN_FILE.test(page)).toBe(true);
    for (const other of ['/site/src/pages/index.tsx', '/site/.docusaurus/p/docs-md-abc.json', '/site/docs/a.md.js']) {
      expect(MARKDOWN_FILE.test(other)).toBe(false);
    }
  });

  test('runs the loader on the generated registry and on nothing else', () => {
    const [rule] = config.module.rules;
    expect(rule?.use).toEqual([{ loader: REGISTRY_LOADER }]);
    expect(rule?.test.test('/site/.docusaurus/registry.js')).toBe(true);
    for (const other of [
      '/site/.docusaurus/registry.js.map',
      '/other/.docusaurus/registry.js',
      '/site/.docusaurusXregistry.js',
    ]) {
      expect(rule?.test.test(other)).toBe(false);
    }
  });

  test("adds the bundler's lazy-compilation middleware once to the dev server's own, through Docusaurus' merge", () => {
    // webpack-merge is what @docusaurus/core merges a plugin's devServer with (commands/start/webpack.js).
    const requireFromCore = createRequire(createRequire(import.meta.url).resolve('@docusaurus/core/package.json'));
    const { merge } = requireFromCore('webpack-merge') as {
      merge: (...configs: object[]) => { setupMiddlewares: (list: unknown[], server: unknown) => unknown[] };
    };
    const ownMiddleware = () => {};
    const docusaurusDefault = {
      setupMiddlewares: (list: unknown[]) => {
        list.unshift(ownMiddleware);
        return list;
      },
    };
    const merged = merge(docusaurusDefault, config.devServer);
    const served = merged.setupMiddlewares(['static'], { compiler: 'the compiler' });
    expect(served).toEqual([ownMiddleware, 'static', middleware]);
  });
});

describe('the plugin', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
  });
  const context = { generatedFilesDir: '/site/.docusaurus' } as LoadContext;
  const rspack = { name: 'rspack', instance: { lazyCompilationMiddleware: () => () => {} } };
  function configure(command: string, isServer: boolean, currentBundler: object) {
    process.argv = [argv[0] ?? 'node', 'docusaurus', command];
    const plugin: Plugin = pagesOnDemandPlugin(context);
    // @ts-expect-error: the test hands over only the utility the plugin reads.
    return plugin.configureWebpack?.({}, isServer, { currentBundler }, undefined);
  }

  test("changes the dev server's client bundle only", () => {
    expect(configure('start', false, rspack)).toHaveProperty('lazyCompilation');
    expect(configure('start', true, rspack)).toEqual({});
    expect(configure('build', false, rspack)).toEqual({});
  });

  test('leaves a site bundled by webpack as it was', () => {
    expect(configure('start', false, { name: 'webpack', instance: {} })).toEqual({});
  });
});
