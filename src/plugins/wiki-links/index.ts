// The wiki side of the handbook, computed once per build from the real
// content: who links to each doc ("Linked from" under every doc), how long
// each doc takes to read, and which pages changed recently (a page and an
// Atom feed). See src/plugins/wiki-links/server/ for each piece.
//
// Try: npm run build && open build/recent-changes.html build/recent-changes/atom.xml
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';

import { readHandbookPages, siteRelativeFile, withoutBaseUrl } from '../../content/handbook-pages.ts';
import type { PageChange, RecentChanges, WikiLinksGlobalData } from './shared/types.ts';
import { atomFeed } from './server/atom-feed.ts';
import { computeBacklinks, type SourcePage } from './server/backlinks.ts';
import { readFileHistory } from './server/git-history.ts';
import { readingMinutes } from './server/reading-minutes.ts';

export type WikiLinksOptions = {
  /** How many changed pages the page and the feed list. */
  recentChangesLimit?: number;
};

export const RECENT_CHANGES_PATH = 'recent-changes';
export const RECENT_CHANGES_FEED = 'recent-changes/atom.xml';

export default function wikiLinksPlugin(context: LoadContext, options: WikiLinksOptions = {}): Plugin {
  const { siteDir, baseUrl, siteConfig } = context;
  const limit = options.recentChangesLimit ?? 30;
  let recentChanges: RecentChanges | undefined;

  return {
    name: 'wiki-links',
    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const blogContent = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      const docs = (docsContent?.loadedVersions ?? []).flatMap((version) => version.docs);
      const posts = blogContent?.blogPosts ?? [];
      const bodies = new Map(readHandbookPages(siteDir).map((page) => [page.file, page.body]));

      // Markdown links are written without the baseUrl (/docs/x); permalinks carry it.
      const docIndex = {
        byFile: new Map(docs.map((doc) => [siteRelativeFile(doc.source), doc.permalink])),
        byUrl: new Map(docs.map((doc) => [withoutBaseUrl(doc.permalink, baseUrl), doc.permalink])),
      };
      const pagesByFile = new Map<string, SourcePage>();
      for (const doc of docs) {
        const file = siteRelativeFile(doc.source);
        pagesByFile.set(file, {
          kind: 'doc',
          title: doc.title,
          url: doc.permalink,
          file,
          body: bodies.get(file) ?? '',
        });
      }
      for (const { metadata } of posts) {
        const file = siteRelativeFile(metadata.source);
        pagesByFile.set(file, {
          kind: 'blog',
          title: metadata.title,
          url: metadata.permalink,
          file,
          body: bodies.get(file) ?? '',
        });
      }

      const { linkingPages, backlinks } = computeBacklinks([...pagesByFile.values()], docIndex, baseUrl);
      const recentChangesPath = `${baseUrl}${RECENT_CHANGES_PATH}`;
      const globalData: WikiLinksGlobalData = {
        linkingPages,
        backlinks,
        readingMinutes: Object.fromEntries(
          docs.map((doc) => [doc.permalink, readingMinutes(bodies.get(siteRelativeFile(doc.source)) ?? '')]),
        ),
        recentChangesPath,
      };
      actions.setGlobalData(globalData);

      const feedPath = `${baseUrl}${RECENT_CHANGES_FEED}`;
      const history = readFileHistory(siteDir, ['docs', 'blog']);
      if (history.available) {
        const changes: PageChange[] = history.changes
          .flatMap((change) => {
            const page = pagesByFile.get(change.file);
            return page
              ? [
                  {
                    title: page.title,
                    url: page.url,
                    date: change.date,
                    summary: change.summary,
                    commit: change.commit,
                  },
                ]
              : [];
          })
          .slice(0, limit);
        recentChanges = { available: true, changes, feedPath };
      } else {
        recentChanges = { available: false, reason: history.reason, changes: [], feedPath };
      }

      const dataPath = await actions.createData('recent-changes.json', JSON.stringify(recentChanges));
      actions.addRoute({
        path: recentChangesPath,
        component: '@site/src/plugins/wiki-links/client/RecentChangesPage.tsx',
        exact: true,
        modules: { recentChanges: dataPath },
      });
    },

    async postBuild({ outDir }) {
      if (!recentChanges) return;
      const siteUrl = `${siteConfig.url}${baseUrl}`;
      const feed = atomFeed(recentChanges.changes, {
        title: `${siteConfig.title}: recent changes`,
        siteUrl,
        pageUrl: new URL(RECENT_CHANGES_PATH, siteUrl).toString(),
        feedUrl: new URL(RECENT_CHANGES_FEED, siteUrl).toString(),
        updated: new Date().toISOString(),
      });
      const feedFile = join(outDir, RECENT_CHANGES_FEED);
      await mkdir(dirname(feedFile), { recursive: true });
      await writeFile(feedFile, feed);
    },
  };
}
