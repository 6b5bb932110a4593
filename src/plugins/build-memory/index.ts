// A production build bundles the site in one process and renders its pages
// in a second (scripts/build.ts). While the bundler builds the modules, the
// main thread compiles every MDX page. At 2,000 extra pages its heap held
// hundreds of MB when the bundling process peaked, most of it garbage that
// V8 had had no pressure to collect, and that peak came as Rspack optimized,
// minified and wrote the bundles, when its own (native) memory is highest.
// One full collection per bundle, the moment its modules are built, takes
// the garbage out before that (design/gc-at-seal.md). And only a few
// Markdown pages compile at a time in each bundle (./page-compile-gate.cjs);
// the peak it lowers, and why that is not yet explained, are in
// design/page-compile-gate.md.
//
// On a site of thousands of pages, the client bundle's modules are not
// concatenated: the bundler's concatenation pass grows with the square of
// the page count, in time and memory (design/module-concatenation.md).
//
// Try: DOCUSAURUS_EXIT_AFTER_BUNDLING=true /usr/bin/time -v npx docusaurus build
//      (compare "Maximum resident set size" with this plugin and without)
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Plugin } from '@docusaurus/types';
import type { Compiler, RuleSetRule } from 'webpack';
import { type AllContent, blogContentOf, docsContentOf } from '../../content/all-content.ts';
import { bundlesOnly, compiledPagesDir } from '../../config/command.ts';
import { isMarkdownFile } from '../../content/handbook-pages.ts';

type GarbageCollector = () => void;

let fullCollection: GarbageCollector | undefined;

/** A full V8 garbage collection, whether or not Node was started with --expose-gc. */
export function collectGarbage(): void {
  fullCollection ??= exposeGarbageCollector();
  fullCollection();
}

function exposeGarbageCollector(): GarbageCollector {
  const exposed = (globalThis as { gc?: GarbageCollector }).gc;
  if (exposed) return exposed;
  // A new context made while the flag is on gets `gc`. The flag goes off at
  // once, so threads started later (the render threads of a one-process
  // `docusaurus build`) do not get it: Docusaurus's perf logger collects on
  // every line wherever `gc` exists.
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as GarbageCollector;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** A bundler plugin that calls `collect` each time a bundle has built all its modules. */
export function collectWhenModulesAreBuilt(collect: GarbageCollector = collectGarbage) {
  return {
    apply(compiler: Compiler) {
      compiler.hooks.compilation.tap('build-memory', (compilation) => {
        compilation.hooks.seal.tap('build-memory', () => collect());
      });
    },
  };
}

/** Markdown pages each bundle compiles at once (design/page-compile-gate.md). */
export const PAGES_COMPILED_AT_ONCE = 4;

/** The loader rule that lets `limit` Markdown pages at a time into one bundle's compile. */
export function pageCompileGate(bundle: 'client' | 'server', limit = PAGES_COMPILED_AT_ONCE): RuleSetRule {
  return {
    test: isMarkdownFile,
    enforce: 'post',
    use: [{ loader: join(__dirname, 'page-compile-gate.cjs'), options: { gate: bundle, limit } }],
  };
}

/**
 * The loader rule that hands compiled pages from the client's bundling
 * process to the server's: the first records each page the MDX loader
 * compiled, the second takes them instead of compiling again
 * (./compiled-pages.cjs, design/two-process-build.md).
 */
export function compiledPagesHandOver(bundle: 'client' | 'server', dir: string): RuleSetRule {
  return {
    test: isMarkdownFile,
    enforce: 'post',
    use: [
      {
        loader: join(__dirname, 'compiled-pages.cjs'),
        options: { dir, mode: bundle === 'client' ? 'record' : 'replay' },
      },
    ],
  };
}

/** The entry of the bundle a process leaves to the other, when each bundle has a process of its own. */
export const EMPTY_BUNDLE_ENTRY = join(__dirname, 'empty-bundle.ts');

/**
 * The most Markdown pages (docs and blog posts) a site may have for the
 * client bundle's modules to be concatenated: below it the pass is cheap and
 * makes a doc page's first visit a little smaller; above it, its time and
 * memory grow with the square of the pages (design/module-concatenation.md).
 */
export const CONCATENATE_UP_TO_PAGES = 1000;

/** The docs and blog posts Docusaurus loaded: each one a Markdown module in every bundle. */
export function countMarkdownPages(allContent: AllContent): number {
  const docs = docsContentOf(allContent);
  const blog = blogContentOf(allContent);
  const docCount = (docs?.loadedVersions ?? []).reduce((sum, version) => sum + version.docs.length, 0);
  return docCount + (blog?.blogPosts.length ?? 0);
}

export default function buildMemoryPlugin(): Plugin {
  let markdownPages = 0;
  return {
    name: 'build-memory',
    allContentLoaded({ allContent }) {
      markdownPages = countMarkdownPages(allContent);
    },
    configureWebpack(config, isServer) {
      // Production builds only: `docusaurus start` rebundles on every save.
      if (config.mode !== 'production') return {};
      const bundle = isServer ? 'server' : 'client';
      // The other process makes this bundle: nothing of the site is compiled into it here.
      const only = bundlesOnly();
      if (only !== undefined && only !== bundle) {
        return { mergeStrategy: { entry: 'replace' }, entry: EMPTY_BUNDLE_ENTRY };
      }
      // Docusaurus already leaves the server bundle's modules apart.
      const concatenate = isServer || markdownPages <= CONCATENATE_UP_TO_PAGES;
      const handOver = only === undefined ? undefined : compiledPagesDir();
      return {
        plugins: [collectWhenModulesAreBuilt()],
        // The gate first: a page waits for its place before the hand-over or the MDX loader starts on it.
        module: {
          rules: [
            pageCompileGate(bundle),
            ...(handOver === undefined ? [] : [compiledPagesHandOver(bundle, handOver)]),
          ],
        },
        ...(concatenate ? {} : { optimization: { concatenateModules: false } }),
      };
    },
  };
}
