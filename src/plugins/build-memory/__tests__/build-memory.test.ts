import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import type { Compiler } from 'webpack';

import buildMemoryPlugin, {
  CONCATENATE_UP_TO_PAGES,
  collectGarbage,
  collectWhenModulesAreBuilt,
  countMarkdownPages,
  EMPTY_BUNDLE_ENTRY,
} from '../index.ts';

/** A compiler with only the hooks the plugin uses; `compile()` starts a compilation, whose `seal()` runs what was tapped. */
function fakeCompiler() {
  const onCompilation: ((compilation: unknown) => void)[] = [];
  const compiler = {
    hooks: { compilation: { tap: (_name: string, listener: (c: unknown) => void) => onCompilation.push(listener) } },
  };
  return {
    compiler: compiler as unknown as Compiler,
    compile() {
      const onSeal: (() => void)[] = [];
      const compilation = { hooks: { seal: { tap: (_name: string, listener: () => void) => onSeal.push(listener) } } };
      for (const listener of onCompilation) listener(compilation);
      return { seal: () => onSeal.forEach((listener) => listener()) };
    },
  };
}

function gcInNewWorker(): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof globalThis.gc)", {
      eval: true,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('collectGarbage', () => {
  test('frees unreachable objects at once, without exposing gc to the page or to threads started later', async () => {
    let garbage: { id: number; label: string }[] | undefined = Array.from({ length: 1_000_000 }, (_, id) => ({
      id,
      label: `entry ${id}`,
    }));
    const held = process.memoryUsage().heapUsed;
    expect(garbage).toHaveLength(1_000_000);
    garbage = undefined;

    collectGarbage();

    const freedMiB = (held - process.memoryUsage().heapUsed) / 2 ** 20;
    expect(freedMiB).toBeGreaterThan(40);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    expect(await gcInNewWorker()).toBe('undefined');
  });
});

describe('collectWhenModulesAreBuilt', () => {
  test('collects once per bundle, when its modules are built and not before', () => {
    const collect = vi.fn();
    const client = fakeCompiler();
    const server = fakeCompiler();
    collectWhenModulesAreBuilt(collect).apply(client.compiler);
    collectWhenModulesAreBuilt(collect).apply(server.compiler);

    const clientBundle = client.compile();
    const serverBundle = server.compile();
    expect(collect).not.toHaveBeenCalled();
    serverBundle.seal();
    expect(collect).toHaveBeenCalledTimes(1);
    clientBundle.seal();
    expect(collect).toHaveBeenCalledTimes(2);
  });
});

describe('buildMemoryPlugin', () => {
  test.each([
    { mode: 'production' as const, plugins: 1 },
    { mode: 'development' as const, plugins: 0 },
  ])('adds a bundler plugin in $mode: $plugins', ({ mode, plugins }) => {
    const plugin = buildMemoryPlugin();
    const configured = plugin.configureWebpack?.({ mode }, false, {} as never, undefined) as { plugins?: unknown[] };
    expect(configured.plugins ?? []).toHaveLength(plugins);
  });
});

/** What Docusaurus hands allContentLoaded for a site of `docs` docs (in two versions) and `posts` blog posts. */
function loadedSite(docs: number, posts: number) {
  const doc = (index: number) => ({ id: `page-${index}` });
  const firstHalf = Math.floor(docs / 2);
  return {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          { docs: Array.from({ length: firstHalf }, (_, index) => doc(index)) },
          { docs: Array.from({ length: docs - firstHalf }, (_, index) => doc(firstHalf + index)) },
        ],
      },
    },
    'docusaurus-plugin-content-blog': { default: { blogPosts: Array.from({ length: posts }, () => ({})) } },
  };
}

/** The bundler config the plugin adds for one bundle, after loading a site of `pages` Markdown pages. */
async function configuredFor(pages: number, bundle: 'client' | 'server', mode: 'production' | 'development') {
  const plugin = buildMemoryPlugin();
  await plugin.allContentLoaded?.({ allContent: loadedSite(pages - 1, 1), actions: {} } as never);
  return plugin.configureWebpack?.({ mode }, bundle === 'server', {} as never, undefined) as {
    optimization?: { concatenateModules?: boolean };
  };
}

describe('module concatenation on large sites', () => {
  test('counts docs of every version and blog posts', () => {
    expect(countMarkdownPages(loadedSite(7, 2))).toBe(9);
    expect(countMarkdownPages({})).toBe(0);
  });

  test('leaves concatenation on up to the limit', async () => {
    expect((await configuredFor(CONCATENATE_UP_TO_PAGES, 'client', 'production')).optimization).toBeUndefined();
  });

  test('turns it off in the client bundle of a larger production build', async () => {
    expect((await configuredFor(CONCATENATE_UP_TO_PAGES + 1, 'client', 'production')).optimization).toEqual({
      concatenateModules: false,
    });
  });

  test.each([
    { bundle: 'server' as const, mode: 'production' as const },
    { bundle: 'client' as const, mode: 'development' as const },
  ])('adds nothing to the $bundle bundle in $mode', async ({ bundle, mode }) => {
    expect((await configuredFor(CONCATENATE_UP_TO_PAGES + 1, bundle, mode)).optimization).toBeUndefined();
  });
});

describe('a process that makes one bundle only', () => {
  test.each([
    ['client', true],
    ['server', false],
  ] as const)(
    'with HANDBOOK_BUNDLE_ONLY=%s the other bundle gets an empty entry and nothing else',
    (only, isServer) => {
      vi.stubEnv('HANDBOOK_BUNDLE_ONLY', only);
      try {
        const plugin = buildMemoryPlugin();
        expect(plugin.configureWebpack?.({ mode: 'production' }, isServer, {} as never, undefined)).toEqual({
          mergeStrategy: { entry: 'replace' },
          entry: EMPTY_BUNDLE_ENTRY,
        });
        const own = plugin.configureWebpack?.({ mode: 'production' }, !isServer, {} as never, undefined) as {
          entry?: unknown;
          plugins?: unknown[];
        };
        expect(own.entry).toBeUndefined();
        expect(own.plugins).toHaveLength(1);
        vi.stubEnv('HANDBOOK_COMPILED_PAGES', '/tmp/pages');
        const handingOver = plugin.configureWebpack?.({ mode: 'production' }, !isServer, {} as never, undefined) as {
          module: { rules: { use: { loader: string; options: unknown }[] }[] };
        };
        expect(handingOver.module.rules.map((rule) => rule.use[0]?.loader.split('/').pop())).toEqual([
          'page-compile-gate.cjs',
          'compiled-pages.cjs',
        ]);
        expect(handingOver.module.rules[1]?.use[0]?.options).toEqual({
          dir: '/tmp/pages',
          mode: only === 'client' ? 'record' : 'replay',
        });
      } finally {
        vi.unstubAllEnvs();
      }
    },
  );

  test('the empty entry exists, and a wrong HANDBOOK_BUNDLE_ONLY is refused by name', () => {
    expect(existsSync(EMPTY_BUNDLE_ENTRY)).toBe(true);
    vi.stubEnv('HANDBOOK_BUNDLE_ONLY', 'both');
    try {
      expect(() =>
        buildMemoryPlugin().configureWebpack?.({ mode: 'production' }, false, {} as never, undefined),
      ).toThrow('HANDBOOK_BUNDLE_ONLY must be "client" or "server", not "both"');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
