// Which pages changed recently, from git history (server/git-history.ts):
// a page listing them, an Atom feed of the whole handbook (server/atom-feed.ts)
// and one per docs section and per owner (server/watch-feeds.ts), all cut
// from the same list. Each section's index page links its feed
// (theme/DocCategoryGeneratedIndexPage); doc pages mark a change made since
// the reader last opened them (client/ChangedSinceLastVisit).
// See design/section-and-owner-feeds.md.
//
// Try: npm run build && open build/recent-changes.html build/recent-changes/sections/culture.xml
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { isDevServer } from '../../config/command.ts';
import { readLoadedPages } from '../../content/loaded-pages.ts';
import { readOwners } from '../../content/schema.ts';
import { readSections } from '../../content/sections.ts';
import { FALLBACK_OWNER } from '../page-feedback/index.ts';
import type { FeedLink, RecentChanges, RecentChangesGlobalData, SectionFeeds } from './shared/types.ts';
import { atomFeed } from './server/atom-feed.ts';
import { firstSavesSince, readFileHistory, withEditsSince, type FileHistory } from './server/git-history.ts';
import { watchFeeds, type WatchedChange, type WatchFeedWithChanges } from './server/watch-feeds.ts';

export type RecentChangesOptions = {
  /** How many changed pages the page and each feed list. */
  recentChangesLimit?: number;
};

export const RECENT_CHANGES_PATH = 'recent-changes';
export const RECENT_CHANGES_FEED = 'recent-changes/atom.xml';

export default function recentChangesPlugin(context: LoadContext, options: RecentChangesOptions = {}): Plugin {
  const { siteDir, baseUrl, siteConfig } = context;
  const limit = options.recentChangesLimit ?? 30;
  const recentChangesPath = `${baseUrl}${RECENT_CHANGES_PATH}`;
  let recentChanges: RecentChanges | undefined;
  let feeds: WatchFeedWithChanges[] = [];
  let sectionFeedsFile = '';
  // `npm start` reads git once; later saves add themselves (withEditsSince), each at its first save.
  const devStarted = isDevServer() ? Date.now() : undefined;
  let devHistory: FileHistory | undefined;
  const modifiedAt = (file: string) => {
    try {
      return statSync(join(siteDir, file)).mtimeMs;
    } catch {
      return null;
    }
  };
  const savedAt = devStarted === undefined ? modifiedAt : firstSavesSince(devStarted, modifiedAt);

  return {
    name: 'recent-changes',
    getThemePath: () => join(__dirname, 'theme'),
    getPathsToWatch() {
      return [join(siteDir, 'src/data/owners.yml')];
    },
    // Set here rather than in allContentLoaded, which would place it in globalData.json by the order
    // plugins finish: a save that rewrites recent-changes.json would move it (design/dev-loop.md).
    async contentLoaded({ actions }) {
      const globalData: RecentChangesGlobalData = { recentChangesPath };
      actions.setGlobalData(globalData);
    },
    async allContentLoaded({ allContent, actions }) {
      const pagesByFile = new Map(readLoadedPages(allContent, siteDir).map((page) => [page.file, page]));

      const feedPath = `${baseUrl}${RECENT_CHANGES_FEED}`;
      // One walk over git for the page and every feed; under `npm start`, one per server.
      const history =
        devStarted === undefined
          ? readFileHistory(siteDir, ['docs', 'blog'])
          : withEditsSince(
              (devHistory ??= readFileHistory(siteDir, ['docs', 'blog'])),
              pagesByFile.keys(),
              devStarted,
              savedAt,
            );
      const changes: WatchedChange[] = history.available
        ? history.changes.flatMap((change) => {
            const page = pagesByFile.get(change.file);
            return page
              ? [
                  {
                    title: page.title,
                    url: page.url,
                    date: change.date,
                    summary: change.summary,
                    commit: change.commit,
                    file: change.file,
                    owner: page.owner,
                  },
                ]
              : [];
          })
        : [];
      feeds = watchFeeds(changes, readSections(siteDir), readOwners(siteDir), FALLBACK_OWNER, limit);
      const feedLinks: FeedLink[] = feeds.map(({ kind, label, path }) => ({ kind, label, href: `${baseUrl}${path}` }));
      const listed = changes
        .slice(0, limit)
        .map(({ title, url, date, summary, commit }) => ({ title, url, date, summary, commit }));
      recentChanges = history.available
        ? { available: true, changes: listed, feedPath, watchFeeds: feedLinks }
        : { available: false, reason: history.reason, changes: [], feedPath, watchFeeds: feedLinks };

      const dataPath = await actions.createData('recent-changes.json', JSON.stringify(recentChanges));
      actions.addRoute({
        path: recentChangesPath,
        component: '@site/src/plugins/recent-changes/client/RecentChangesPage.tsx',
        exact: true,
        modules: { recentChanges: dataPath },
      });

      // Section index pages find their feed here, by their permalink; only their own chunk loads it.
      const sectionFeeds: SectionFeeds = Object.fromEntries(
        feeds.flatMap((feed) =>
          feed.indexPath === null
            ? []
            : [[normalizeUrl([baseUrl, feed.indexPath]), { label: feed.label, href: `${baseUrl}${feed.path}` }]],
        ),
      );
      sectionFeedsFile = await actions.createData('section-feeds.json', JSON.stringify(sectionFeeds));
    },

    configureWebpack() {
      return { resolve: { alias: { '@handbook/section-feeds': sectionFeedsFile } } };
    },

    async postBuild({ outDir }) {
      if (!recentChanges) return;
      const siteUrl = `${siteConfig.url}${baseUrl}`;
      const absolute = (path: string) => new URL(path, siteUrl).toString();
      const generated = new Date().toISOString();
      const files: [string, string][] = [
        [
          RECENT_CHANGES_FEED,
          atomFeed(recentChanges.changes, {
            title: `${siteConfig.title}: recent changes`,
            siteUrl,
            pageUrl: absolute(RECENT_CHANGES_PATH),
            feedUrl: absolute(RECENT_CHANGES_FEED),
            updated: generated,
          }),
        ],
        ...feeds.map((feed): [string, string] => [
          feed.path,
          atomFeed(feed.changes, {
            title: `${siteConfig.title}: ${feed.kind === 'section' ? `${feed.label} section` : `pages owned by ${feed.label}`}`,
            siteUrl,
            // A section's feed mirrors its index page; an owner's has no page of its own but the recent changes.
            pageUrl: absolute(feed.indexPath === null ? RECENT_CHANGES_PATH : feed.indexPath.replace(/^\//, '')),
            feedUrl: absolute(feed.path),
            id: absolute(feed.path),
            updated: generated,
          }),
        ]),
      ];
      for (const [path, feed] of files) {
        const file = join(outDir, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, feed);
      }
    },
  };
}
