// Which pages changed recently, from git history (server/git-history.ts):
// a page listing them and an Atom feed (server/atom-feed.ts).
//
// Try: npm run build && open build/recent-changes.html build/recent-changes/atom.xml
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { readLoadedPages } from '../../content/loaded-pages.ts';
import type { PageChange, RecentChanges, RecentChangesGlobalData } from './shared/types.ts';
import { atomFeed } from './server/atom-feed.ts';
import { readFileHistory } from './server/git-history.ts';

export type RecentChangesOptions = {
  /** How many changed pages the page and the feed list. */
  recentChangesLimit?: number;
};

export const RECENT_CHANGES_PATH = 'recent-changes';
export const RECENT_CHANGES_FEED = 'recent-changes/atom.xml';

export default function recentChangesPlugin(context: LoadContext, options: RecentChangesOptions = {}): Plugin {
  const { siteDir, baseUrl, siteConfig } = context;
  const limit = options.recentChangesLimit ?? 30;
  let recentChanges: RecentChanges | undefined;

  return {
    name: 'recent-changes',
    async allContentLoaded({ allContent, actions }) {
      const pagesByFile = new Map(readLoadedPages(allContent, siteDir).map((page) => [page.file, page]));
      const recentChangesPath = `${baseUrl}${RECENT_CHANGES_PATH}`;
      const globalData: RecentChangesGlobalData = { recentChangesPath };
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
        component: '@site/src/plugins/recent-changes/client/RecentChangesPage.tsx',
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
