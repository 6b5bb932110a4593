// Page history: a "History" link beside "Edit this page" on every doc and
// blog post, to a view listing each commit that changed the page and showing
// what it did to the text, word by word, or comparing any two versions.
//
// The history of every page comes from one `git log` and one `git cat-file`
// after the pages are rendered (postBuild, or a process of its own after the
// render process under npm run build), into one JSON file per page that
// only the history view fetches: a normal page loads nothing more than the
// link (design/page-history.md).
//
// Try: npm run build && npm run serve, then open /history?page=/docs/start-here
import { resolve } from 'node:path';
import { logger } from '@docusaurus/logger';
import { normalizeUrl } from '@docusaurus/utils';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { REPO_URL } from '../../config/site.ts';
import { siteRelativeFile } from '../../content/handbook-pages.ts';
import { historyAvailability } from './server/availability.ts';
import type { HistoryPage } from './server/build-histories.ts';
import { HISTORY_JOB_FILE_ENV } from './server/job-file.ts';
import { saveHistoryJob, writePageHistories, type HistoryJob } from './server/write-histories.ts';
import { HISTORY_ROUTE, PLUGIN_NAME, type PageHistoryGlobalData } from './shared/types.ts';
import { blogContentOf, docsContentOf } from '../../content/all-content.ts';

export default function pageHistoryPlugin(context: LoadContext): Plugin {
  const { siteDir, baseUrl } = context;
  const availability = historyAvailability(siteDir);
  const historyPath = normalizeUrl([baseUrl, HISTORY_ROUTE]);
  let pages: HistoryPage[] = [];
  const themePath = resolve(__dirname, 'theme');

  return {
    name: PLUGIN_NAME,

    // The EditThisPage wrapper that adds the link sits in ./theme (a wrapper of the public component).
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,

    // Global data that needs no other plugin's content is set here: contentLoaded places it in
    // globalData.json in plugin order, allContentLoaded in the order plugins finish (design/dev-loop.md).
    async contentLoaded({ actions }) {
      const globalData: PageHistoryGlobalData = { historyPath: availability.available ? historyPath : null };
      actions.setGlobalData(globalData);
    },

    async allContentLoaded({ allContent, actions }) {
      if (!availability.available) return;

      const docsContent = docsContentOf(allContent);
      const blogContent = blogContentOf(allContent);
      pages = [
        ...(docsContent?.loadedVersions ?? [])
          .flatMap((version) => version.docs)
          .map((doc) => ({ file: siteRelativeFile(doc.source), url: doc.permalink, title: doc.title })),
        ...(blogContent?.blogPosts ?? []).map(({ metadata }) => ({
          file: siteRelativeFile(metadata.source),
          url: metadata.permalink,
          title: metadata.title,
        })),
      ];
      actions.addRoute({
        path: historyPath,
        component: '@site/src/plugins/page-history/client/HistoryPage.tsx',
        exact: true,
      });
    },

    async postBuild({ outDir }) {
      // postBuild runs once per build (in the render process of npm run build), so this says it once.
      if (!availability.available) {
        logger.info(`[page-history] no History links in this build: ${availability.reason}.`);
        return;
      }
      const job: HistoryJob = { siteDir, outDir, baseUrl, commitUrl: `${REPO_URL}/commit/`, pages };
      // npm run build runs the pass in a process of its own once this one has exited (server/job-file.ts).
      const jobFile = process.env[HISTORY_JOB_FILE_ENV];
      if (jobFile) {
        await saveHistoryJob(jobFile, job);
        logger.info(`[page-history] the history of ${pages.length} pages is written next, in a process of its own`);
        return;
      }
      logger.info(await writePageHistories(job));
    },
  };
}
