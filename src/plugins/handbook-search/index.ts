// The handbook's own full-text search: a Docusaurus plugin that builds a
// static, sharded index of every section (server/), a Web Worker that
// queries it (client/worker.ts), the navbar box (theme/SearchBar) and the
// /search page (theme/HandbookSearchPage).
//
// The index is built in allContentLoaded, which runs in both `docusaurus
// build` and `docusaurus start` (and again when content changes in dev), and
// written to SEARCH_STATIC_DIR, a static directory of the site.
// Try: npm start, then press Ctrl+K and type "flame".
import { join, resolve } from 'node:path';
import { normalizeUrl } from '@docusaurus/utils';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';

import { siteRelativeFile, withoutBaseUrl } from '../../content/handbook-pages.ts';
import { buildSiteSearchIndex, writeSearchIndex, type LoadedContent } from './server/index.ts';
import { SEARCH_STATIC_DIR } from './static-dir.ts';

export { SEARCH_STATIC_DIR } from './static-dir.ts';

/** Path of the full search page, under the site's baseUrl. */
export const SEARCH_PAGE_PATH = 'search';

/** The URLs and titles Docusaurus gave each doc, post and category page. */
function readLoadedContent(allContent: Record<string, Record<string, unknown>>, baseUrl: string): LoadedContent {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  const version = docs?.loadedVersions[0];
  const pages = new Map<string, { url: string; title: string }>();
  for (const doc of version?.docs ?? []) {
    if (doc.unlisted) continue;
    pages.set(siteRelativeFile(doc.source), { url: withoutBaseUrl(doc.permalink, baseUrl), title: doc.title });
  }
  for (const post of blog?.blogPosts ?? []) {
    if (post.metadata.unlisted) continue;
    pages.set(siteRelativeFile(post.metadata.source), {
      url: withoutBaseUrl(post.metadata.permalink, baseUrl),
      title: post.metadata.title,
    });
  }
  return { pages };
}

export default function handbookSearchPlugin(context: LoadContext): Plugin {
  const themePath = resolve(__dirname, 'theme');
  return {
    name: 'handbook-search',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    async allContentLoaded({ allContent, actions }) {
      const started = performance.now();
      const loaded = readLoadedContent(allContent as Record<string, Record<string, unknown>>, context.baseUrl);
      const built = buildSiteSearchIndex(context.siteDir, loaded);
      const root = writeSearchIndex(join(context.siteDir, SEARCH_STATIC_DIR), built);
      const bytes = [...built.files.values()].reduce((sum, content) => sum + content.length, 0);
      // The bench (bench/measure-build.ts, parseIndexingSeconds) reads this line to time indexing.
      logger.info(
        `[handbook-search] indexed ${built.manifest.sectionCount} sections of ${built.manifest.pageCount} pages in ${Math.round(performance.now() - started)} ms (${built.files.size} files, ${Math.round(bytes / 1024)} KB) → ${root}`,
      );
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, SEARCH_PAGE_PATH]),
        component: '@theme/HandbookSearchPage',
        exact: true,
      });
    },
  };
}
