// Signals from readers to the owner of a page, with no server of ours:
//   - "Was this page helpful?" under every doc, whose "No" and "Report this"
//     (on selected text) open the page-is-wrong issue form prefilled;
//   - "Ask for a page about …" where a search finds nothing, opening the
//     missing-topic form addressed to the likeliest section owner.
// Global data carries the owners and the build's commit; the words each
// section is about load as their own chunk, only when a search comes up empty.
// See design/page-feedback-issue-urls.md.
//
// Try: npm run build && npm run serve, open a doc, press "No".
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { REPO_URL } from '../../config/site.ts';
import { siteRelativeFile } from '../../content/handbook-pages.ts';
import { readOwners } from '../../content/schema.ts';
import { readCategory } from '../../content/sections.ts';
import { readBuildCommit } from './server/build-commit.ts';
import { sectionTopics } from './server/section-topics.ts';
import { PLUGIN_NAME, type PageFeedbackGlobalData } from './shared/types.ts';
import { docsContentOf } from '../../content/all-content.ts';

/** Requests with no likelier owner go to the people who look after the whole handbook. */
export const FALLBACK_OWNER = 'handbook-maintainers';

export default function pageFeedbackPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  let topicsFile = '';
  // Once per process: under `npm start` allContentLoaded runs on every save, and git need not.
  const commit = readBuildCommit(siteDir);
  return {
    name: PLUGIN_NAME,
    getPathsToWatch() {
      return [join(siteDir, 'src/data/owners.yml')];
    },
    // Needs no other plugin's content, so it is set here, in plugin order: from allContentLoaded it
    // would land in globalData.json in the order plugins finish, which a save can change (design/dev-loop.md).
    // A change to owners.yml reloads this plugin (getPathsToWatch), which runs contentLoaded again.
    async contentLoaded({ actions }) {
      const owners = readOwners(siteDir);
      const data: PageFeedbackGlobalData = {
        issuesNewUrl: `${REPO_URL}/issues/new`,
        commit,
        owners: Object.fromEntries(owners.map((owner) => [owner.id, { name: owner.name, github: owner.github }])),
        fallbackOwner: FALLBACK_OWNER,
      };
      actions.setGlobalData(data);
    },
    async allContentLoaded({ allContent, actions }) {
      const docsContent = docsContentOf(allContent);
      const docs = (docsContent?.loadedVersions ?? []).flatMap((version) => version.docs);
      const topics = sectionTopics(
        docs.map((doc) => ({
          id: siteRelativeFile(doc.source)
            .replace(/^docs\//, '')
            .replace(/\.mdx?$/, ''),
          title: doc.title,
          description: doc.description,
          tags: doc.tags.map((tag) => tag.label),
          owner: typeof doc.frontMatter.owner === 'string' ? doc.frontMatter.owner : undefined,
        })),
        (section) => readCategory(siteDir, section).label ?? section,
        FALLBACK_OWNER,
      );
      topicsFile = await actions.createData('section-topics.json', JSON.stringify(topics));
    },
    configureWebpack(_config, isServer) {
      // The no-JavaScript link's URL is computed by the server build only (client/no-script-report-url.ts says why).
      const noScriptReportUrl = join(__dirname, isServer ? 'server' : 'client', 'no-script-report-url.ts');
      return {
        resolve: {
          alias: { '@handbook/section-topics': topicsFile, '@handbook/no-script-report-url': noScriptReportUrl },
        },
      };
    },
  };
}
