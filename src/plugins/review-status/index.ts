// Owners and freshness for every doc, decided at build time:
//   - global data with owner names and the ids of docs past their review date
//     (read by theme/DocItem/Content through PageOwner and StaleBanner),
//   - the /due-for-review page listing those docs.
// Staleness is judged on the build's date, not in the browser: server and
// client render from the same data, so there is no hydration mismatch, and a
// page turns stale on the next build after its due date (CI builds every
// merge; HANDBOOK_TODAY pins the date for tests).
//
// Try: HANDBOOK_TODAY=2028-01-01 npm start, then open /due-for-review
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { REPO_URL } from '../../config/site.ts';
import { DEFAULT_REVIEW_EVERY, describeReviewEvery, reviewDate } from './shared/review.ts';
import { readOwners } from '../../content/schema.ts';
import { findDuePages } from './server/find-due-pages.ts';
import {
  DUE_FOR_REVIEW_PATH,
  PLUGIN_NAME,
  type DueForReviewProps,
  type ReviewStatusGlobalData,
} from './shared/types.ts';
import { docsContentOf } from '../../content/all-content.ts';

/** The issue form a reader fills in when a page is wrong (.github/ISSUE_TEMPLATE/page-is-wrong.yml). */
export const REPORT_ISSUE_URL = `${REPO_URL}/issues/new?template=page-is-wrong.yml`;

export default function reviewStatusPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    getThemePath: () => join(__dirname, 'theme'),
    getPathsToWatch() {
      return [`${context.siteDir}/src/data/owners.yml`];
    },
    // An empty value here gives this plugin's key its place in globalData.json in plugin order;
    // set only in allContentLoaded it would follow the order plugins finish in, which varies,
    // and a save would rewrite the file and compile again (design/dev-loop.md).
    async contentLoaded({ actions }) {
      actions.setGlobalData({ owners: {}, due: {}, reportIssueUrl: REPORT_ISSUE_URL } satisfies ReviewStatusGlobalData);
    },
    async allContentLoaded({ allContent, actions }) {
      const owners = readOwners(context.siteDir);
      const today = reviewDate();
      const docsContent = docsContentOf(allContent);
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const duePages = findDuePages(docs, owners, today);

      const data: ReviewStatusGlobalData = {
        owners: Object.fromEntries(owners.map((owner) => [owner.id, { name: owner.name }])),
        due: Object.fromEntries(
          duePages.map((page) => [page.id, { lastReviewed: page.lastReviewed, dueDate: page.dueDate }]),
        ),
        reportIssueUrl: REPORT_ISSUE_URL,
      };
      actions.setGlobalData(data);

      const props: DueForReviewProps = {
        duePages,
        reviewDate: today,
        defaultReviewEvery: describeReviewEvery(DEFAULT_REVIEW_EVERY),
      };
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, DUE_FOR_REVIEW_PATH]),
        component: '@site/src/plugins/review-status/client/DueForReviewPage.tsx',
        exact: true,
        props,
      });
    },
  };
}
