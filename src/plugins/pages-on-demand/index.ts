// Under `npm start`, each page is compiled when the browser first asks for
// it, instead of every page before the server answers: Rspack's lazy
// compilation (a public option) for the client bundle's dynamic imports, the
// route chunks Docusaurus lists in its generated registry. The dev server
// answers before any page is compiled, so its start grows little with the
// handbook (design/pages-on-demand.md).
//
// Builds are untouched: the plugin returns nothing outside the dev server.
//
// Try: npm start, then open a page: the terminal shows one short compile per new page
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { isDevServer } from '../../config/command.ts';
import { MARKDOWN_FILE } from '../../content/handbook-pages.ts';

/** The loader that drops the registry's weak references (see ./registry-weak-references.cjs). */
export const REGISTRY_LOADER = join(__dirname, 'registry-weak-references.cjs');

type Middleware = (request: unknown, response: unknown, next: () => void) => void;

/** What Rspack exports for a dev server of its own (its `rspack` namespace; webpack has no such export). */
export type LazyCompilationBundler = { lazyCompilationMiddleware: (compiler: never) => Middleware };

function isLazyCompilationBundler(instance: unknown): instance is LazyCompilationBundler {
  return typeof (instance as Partial<LazyCompilationBundler>).lazyCompilationMiddleware === 'function';
}

/** A pattern that matches this one file: a plain string would match every path it begins. */
function exactPath(file: string): RegExp {
  return new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * What the plugin adds to the client's config under `docusaurus start`.
 * Exported for the test; `generatedFilesDir` is the site's `.docusaurus`.
 */
export function onDemandClientConfig(generatedFilesDir: string, bundler: LazyCompilationBundler) {
  return {
    // Only the Markdown pages wait for the browser: by far the most modules, and
    // the slowest to compile. The entry, the theme's layout components and each
    // page's data compile up front: few or small, and made lazy they would load
    // one nested route after another, a compile each.
    lazyCompilation: { entries: false, imports: true, test: MARKDOWN_FILE },
    module: {
      rules: [{ test: exactPath(join(generatedFilesDir, 'registry.js')), use: [{ loader: REGISTRY_LOADER }] }],
    },
    devServer: {
      // Docusaurus merges a returned devServer into its own; webpack-merge calls
      // both setupMiddlewares functions and joins the lists they return, so this
      // one returns only what it adds. The lazy-compilation client POSTs, which the
      // server's own middlewares pass on, so its place at the end is enough.
      setupMiddlewares: (_middlewares: Middleware[], devServer: { compiler: never }): Middleware[] => [
        bundler.lazyCompilationMiddleware(devServer.compiler),
      ],
    },
  };
}

export default function pagesOnDemandPlugin(context: LoadContext): Plugin {
  return {
    name: 'pages-on-demand',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer || !isDevServer()) return {};
      // Under webpack (a site without Docusaurus Faster) pages compile up front, as before.
      if (currentBundler.name !== 'rspack' || !isLazyCompilationBundler(currentBundler.instance)) return {};
      // Rspack options and a devServer, which webpack's Configuration type (the one configureWebpack declares) does not name.
      return onDemandClientConfig(context.generatedFilesDir, currentBundler.instance) as never;
    },
  };
}
