// Every page as clean Markdown, for tools and assistants: the build writes a
// copy beside each doc and blog post (<route>.md), /llms.txt and
// /llms-full.txt (server/write-copies.ts, on a worker thread), and each doc
// page gets a plain link to its copy and a "Copy as Markdown" button
// (theme/DocBreadcrumbs).
// See design/markdown-copies.md.
//
// Try: npm run build && cat build/docs/start-here.md build/llms.txt
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { bundlesOnly, exitsAfterBundling, isDevServer, rendersFromBundles } from '../../config/command.ts';
import { siteRelativeFile } from '../../content/handbook-pages.ts';
import {
  docIdsIn,
  inSidebarOrder,
  readingPathFiles,
  START_HERE_FILE,
  type SidebarItem,
} from './server/reading-order.ts';
import { bundledBodiesFile, expectBundledBodies } from './server/bundled-bodies.ts';
import { writeMarkdownCopiesInWorker } from './server/copies-in-worker.ts';
import type { CopyPage, CopySection, MarkdownSite, WrittenCopies } from './server/write-copies.ts';
import { blogContentOf, docsContentOf } from '../../content/all-content.ts';

const GLOSSARY_FILE = 'docs/glossary.md';

/** llms.txt's sections: the docs at the sidebar's top level as one, then one per top-level category. */
function sidebarSections(items: readonly SidebarItem[], fileById: ReadonlyMap<string, string>): CopySection[] {
  const toFiles = (ids: string[]) => ids.flatMap((id) => fileById.get(id) ?? []);
  const topLevel = items.filter((item) => item.type === 'doc');
  const categories = items.filter((item) => item.type === 'category');
  return [
    { title: 'Handbook', files: toFiles(docIdsIn(topLevel)) },
    ...categories.map((category) => ({
      title: category.label ?? 'Pages',
      files: toFiles(docIdsIn(category.items ?? [])),
    })),
  ];
}

export default function markdownCopiesPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, baseUrl } = context;
  const themePath = resolve(__dirname, 'theme');
  let site: MarkdownSite | undefined;
  let pending: Promise<WrittenCopies> | undefined;

  return {
    name: 'markdown-copies',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,

    async allContentLoaded({ allContent }) {
      // Only a production build writes copies: no work on a save in `npm start`.
      if (isDevServer()) return;
      const docsContent = docsContentOf(allContent);
      const blogContent = blogContentOf(allContent);
      const version = docsContent?.loadedVersions[0];
      const docs = version?.docs ?? [];
      const fileById = new Map(docs.map((doc) => [doc.id, siteRelativeFile(doc.source)]));
      const sidebarItems = Object.values((version?.sidebars ?? {}) as Record<string, SidebarItem[]>).flat();

      // Docs and blog posts carry the same four fields a copy needs; its body the worker reads.
      const copyPage = (
        kind: CopyPage['kind'],
        page: { source: string; permalink: string; title: string; description: string },
      ): CopyPage => {
        const file = siteRelativeFile(page.source);
        return {
          kind,
          file,
          permalink: page.permalink,
          title: page.title,
          description: page.description,
          ...(file === GLOSSARY_FILE ? { appendsGlossary: true } : {}),
        };
      };
      const docPages = inSidebarOrder(docs, sidebarItems).map((doc) => copyPage('doc', doc));
      const blogPages = (blogContent?.blogPosts ?? []).map(({ metadata }) => copyPage('blog', metadata));
      let readingPath: string[] = [];
      try {
        readingPath = readingPathFiles(readFileSync(join(siteDir, START_HERE_FILE), 'utf8'));
      } catch {
        // A site without the start-here page reads in sidebar order.
      }
      const bodiesFile = bundledBodiesFile(context.generatedFilesDir);
      site = {
        siteDir,
        title: siteConfig.title,
        tagline: siteConfig.tagline,
        siteUrl: siteConfig.url,
        baseUrl,
        pages: [...docPages, ...blogPages],
        sections: sidebarSections(sidebarItems, fileById),
        readingPath,
        bodiesFile,
      };
      // A split build's server bundle takes the client's compiled pages, so no page is parsed there.
      if (!rendersFromBundles() && bundlesOnly() !== 'server') {
        // The bundler parses every doc page anyway: its remark step prints their bodies (server/bundled-bodies.ts).
        const permalinkByFile = new Map(site.pages.map((page) => [page.file, page.permalink]));
        expectBundledBodies({
          file: bodiesFile,
          links: { siteUrl: siteConfig.url, baseUrl, permalinkByFile },
          pages: new Map(
            docPages.map((page) => [join(siteDir, page.file), { file: page.file, permalink: page.permalink }]),
          ),
        });
      }
      if (exitsAfterBundling()) return;
      if (rendersFromBundles()) {
        // The copies need only the sources and the bundled images, which are in the output already:
        // they are written while the pages render, and postBuild waits for them.
        pending = writeMarkdownCopiesInWorker(site, context.outDir);
        pending.catch((error: unknown) => console.error(`markdown-copies: ${String(error)}`));
      }
    },

    async postBuild({ outDir }) {
      if (!site) return;
      const written = await (pending ?? writeMarkdownCopiesInWorker(site, outDir));
      console.log(
        `markdown-copies: wrote ${written.pages} Markdown copies (${written.bundled} printed while bundling), llms.txt and llms-full.txt`,
      );
    },
  };
}
