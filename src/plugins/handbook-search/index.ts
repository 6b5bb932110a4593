// The handbook's own full-text search: a Docusaurus plugin that builds a
// static, sharded index of every section (server/), a Web Worker that
// queries it (client/worker.ts), the navbar box (theme/SearchBar) and the
// /search page (theme/HandbookSearchPage).
//
// `docusaurus start` builds the index on a worker thread after each content
// load (again whenever content changes, once the save's compile is done:
// server/dev-index.ts) into a folder of its own, which the dev server serves
// as one more static folder. The site's own staticDirectories leave it out:
// Docusaurus copies those into every compile's assets and resolves every
// absolute import against each of them (design/dev-loop.md, "The search index
// outside the compile"). A build starts the index on a worker thread in
// allContentLoaded, which writes it to a folder of its own, and postBuild
// moves that folder into the output (server/index-in-worker.ts says why).
// Try: npm start, then press Ctrl+K and type "flame".
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeUrl } from '@docusaurus/utils';
// The named export: Docusaurus 4's logger has no default export.
import { logger } from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Compiler, Configuration } from 'webpack';

import { exitsAfterBundling, isDevServer } from '../../config/command.ts';
import { readSections } from '../../content/sections.ts';
import { moveSearchIndex, type IndexSummary } from './server/index.ts';
import { buildSiteSearchIndexInWorker, type IndexFromWorker } from './server/index-in-worker.ts';
import { createDevIndexer } from './server/dev-index.ts';
import { loadedSearchPages } from './server/read-search-pages.ts';
import { sectionFilters } from './server/section-filters.ts';
import { SEARCH_PAGE_PATH } from './shared/search-paths.ts';
import { declareRequireInEveryRuntime } from './server/worker-runtime.ts';

function reportIndex(summary: IndexSummary, milliseconds: number, root: string) {
  // The bench (bench/measure-build.ts, parseIndexingSeconds) reads this line to time indexing.
  logger.info(
    `[handbook-search] indexed ${summary.sectionCount} sections of ${summary.pageCount} pages in ${Math.round(milliseconds)} ms (${summary.fileCount} files, ${Math.round(summary.bytes / 1024)} KB) → ${root}`,
  );
}

export default function handbookSearchPlugin(context: LoadContext): Plugin {
  const themePath = resolve(__dirname, 'theme');
  // What `docusaurus start` serves the index from.
  const devServedDir = join(context.generatedFilesDir, 'handbook-search-dev-served');
  // Where the worker writes a production build's index, until postBuild moves it into the output.
  const workerDir = join(context.generatedFilesDir, 'handbook-search-build');
  let pendingIndex: Promise<IndexFromWorker> | undefined;
  const devIndexer = isDevServer()
    ? createDevIndexer({
        siteDir: context.siteDir,
        servedDir: devServedDir,
        workDir: join(context.generatedFilesDir, 'handbook-search-dev'),
        report: ({ summary, milliseconds }, root) => reportIndex(summary, milliseconds, root),
        fail: (error) => logger.error(`[handbook-search] the index was not rebuilt: ${String(error)}`),
      })
    : undefined;
  // Tells the dev indexer when a compile is coming and when it is done (public compiler hooks).
  const afterCompile = devIndexer && {
    apply(compiler: Compiler) {
      compiler.hooks.invalid.tap('handbook-search-dev-index', () => devIndexer.compiling());
      compiler.hooks.done.tap('handbook-search-dev-index', () => devIndexer.compiled());
    },
  };
  return {
    name: 'handbook-search',
    configureWebpack() {
      const plugins = [declareRequireInEveryRuntime(), ...(afterCompile ? [afterCompile] : [])];
      if (!devIndexer) return { plugins };
      // Docusaurus merges a returned devServer into its own, static folders included
      // (a public option webpack's Configuration type does not name). Unwatched:
      // a new index is no reason to reload the page.
      const devServer = { static: [{ directory: devServedDir, publicPath: context.baseUrl, watch: false }] };
      const withDevServer: Configuration & { devServer: typeof devServer } = { plugins, devServer };
      return withDevServer;
    },
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    async allContentLoaded({ allContent, actions }) {
      const loaded = loadedSearchPages(allContent, context.baseUrl);
      if (devIndexer) {
        // Off the save's path: the edited page reaches the browser first (server/dev-index.ts).
        devIndexer.schedule(loaded);
      } else if (!exitsAfterBundling()) {
        rmSync(workerDir, { recursive: true, force: true });
        pendingIndex = buildSiteSearchIndexInWorker(context.siteDir, loaded, workerDir);
        // Say so at once; postBuild fails the build with the same error.
        pendingIndex.catch((error: unknown) => logger.error(`[handbook-search] ${String(error)}`));
      }
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, SEARCH_PAGE_PATH]),
        component: '@theme/HandbookSearchPage',
        exact: true,
        props: { sectionFilters: sectionFilters(readSections(context.siteDir)) },
      });
    },
    async postBuild({ outDir }) {
      if (!pendingIndex) return;
      const { summary, milliseconds } = await pendingIndex;
      reportIndex(summary, milliseconds, await moveSearchIndex(workerDir, outDir));
    },
  };
}
