// The first-week packet: every doc in the start-here reading order, the
// glossary and the blog, as one print edition page (build/print.html, written
// from the built pages after the build) and, printed by Chromium, as
// build/handbook.pdf (npm run pdf, or the build itself with HANDBOOK_PDF=1).
// Only a build that prints the packet shows the start-here page's download
// link, so the link and the file appear together or the build fails.
// See design/print-packet.md.
//
// Try: npm run build && npm run pdf && pdfinfo build/handbook.pdf
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { formatDate } from '../../components/format-date.ts';
import { isDevServer } from '../../config/command.ts';
import { siteRelativeFile } from '../../content/handbook-pages.ts';
import {
  inReadingOrder,
  inSidebarOrder,
  readingPathFiles,
  START_HERE_FILE,
  type SidebarItem,
} from '../markdown-copies/server/reading-order.ts';
import { readBuildCommit } from '../page-feedback/server/build-commit.ts';
import { PACKET_FILE, PLUGIN_NAME, PRINT_EDITION_FILE, type PrintPacketGlobalData } from './shared/names.ts';
import { printEditionHtml, type PacketPage } from './server/print-edition.ts';
import { printPacket } from './server/print-pdf.ts';
import { blogContentOf, docsContentOf } from '../../content/all-content.ts';

type PacketEntry = Omit<PacketPage, 'html'>;

/** The built HTML file of a route (trailingSlash: false writes /docs/x as docs/x.html). */
function builtFile(outDir: string, permalink: string, baseUrl: string): string {
  const path = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  const candidates = [join(outDir, `${path.replace(/\/+$/, '')}.html`), join(outDir, path, 'index.html')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0] ?? '';
}

export default function printPacketPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig, baseUrl } = context;
  const printing = process.env.HANDBOOK_PDF === '1';
  let entries: PacketEntry[] = [];

  return {
    name: PLUGIN_NAME,

    async allContentLoaded({ allContent }) {
      // The packet's pages are for postBuild, which `npm start` never runs; a save need not order them.
      if (isDevServer()) return;
      const docsContent = docsContentOf(allContent);
      const blogContent = blogContentOf(allContent);
      const version = docsContent?.loadedVersions[0];
      const sidebarItems = Object.values((version?.sidebars ?? {}) as Record<string, SidebarItem[]>).flat();
      const docs = inSidebarOrder(version?.docs ?? [], sidebarItems);
      const docByFile = new Map(docs.map((doc) => [siteRelativeFile(doc.source), doc]));
      let readingPath: string[] = [];
      const startHere = join(siteDir, START_HERE_FILE);
      if (existsSync(startHere)) readingPath = readingPathFiles(readFileSync(startHere, 'utf8'));
      const ordered = inReadingOrder([...docByFile.keys()], readingPath).flatMap((file) => docByFile.get(file) ?? []);
      // Posts oldest first: the packet ends with the retrospective the handbook retells.
      const posts = [...(blogContent?.blogPosts ?? [])].reverse();
      entries = [
        ...ordered.map((doc): PacketEntry => ({ kind: 'doc', permalink: doc.permalink, title: doc.title })),
        ...posts.map(({ metadata }): PacketEntry => ({
          kind: 'blog',
          permalink: metadata.permalink,
          title: metadata.title,
        })),
      ];
    },

    // Needs no content: set in plugin order (design/dev-loop.md says why not in allContentLoaded).
    async contentLoaded({ actions }) {
      if (printing) {
        const data: PrintPacketGlobalData = { pdfPath: `${baseUrl}${PACKET_FILE}` };
        actions.setGlobalData(data);
      }
    },

    async postBuild({ outDir }) {
      if (entries.length === 0) return;
      // Each page's HTML is read when the edition takes that page and dropped once its body is parsed:
      // read all at once, the built pages of a large handbook fill gigabytes (design/print-packet.md).
      const pages: PacketPage[] = entries.map((entry) => ({
        ...entry,
        get html() {
          return readFileSync(builtFile(outDir, entry.permalink, baseUrl), 'utf8');
        },
      }));
      const linked = (rel: string) =>
        [...(pages[0]?.html ?? '').matchAll(new RegExp(`<link[^>]*rel="?${rel}"?[\\s>][^>]*>`, 'g'))].flatMap(
          (match) => /href="?([^"\s>]+)/.exec(match[0])?.[1] ?? [],
        );
      const commit = readBuildCommit(siteDir);
      const html = printEditionHtml(
        {
          title: siteConfig.title,
          tagline: siteConfig.tagline,
          siteUrl: siteConfig.url,
          baseUrl,
          builtOn: formatDate(new Date(), 'long'),
          commit: commit ? commit.slice(0, 7) : null,
          stylesheets: linked('stylesheet'),
          icon: linked('icon')[0],
        },
        pages,
      );
      writeFileSync(join(outDir, PRINT_EDITION_FILE), html);
      if (printing) {
        const packet = await printPacket(outDir);
        console.log(`print-packet: wrote ${PACKET_FILE}, ${packet.pages} pages, ${Math.round(packet.bytes / 1024)} KB`);
      }
    },
  };
}
