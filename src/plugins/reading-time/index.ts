// How long each doc takes to read, counted once per build from the words a
// reader sees (server/reading-minutes.ts) and shown under the doc's title
// (theme/DocItem/Layout). Blog posts get their minutes from the blog plugin
// (`showReadingTime`) and the same label (shared/reading-time-label.ts).
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { rendersFromBundles } from '../../config/command.ts';
import { readLoadedPages } from '../../content/loaded-pages.ts';
import { readingMinutes } from './server/reading-minutes.ts';
import type { ReadingTimeGlobalData } from './shared/types.ts';

export default function readingTimePlugin(context: LoadContext): Plugin {
  return {
    name: 'reading-time',
    getThemePath: () => join(__dirname, 'theme'),
    // An empty value here gives this plugin's key its place in globalData.json in plugin order;
    // set only in allContentLoaded it would follow the order plugins finish in, which varies,
    // and a save would rewrite the file and compile again (design/dev-loop.md).
    async contentLoaded({ actions }) {
      actions.setGlobalData({ readingMinutes: {} } satisfies ReadingTimeGlobalData);
    },
    async allContentLoaded({ allContent, actions }) {
      // The render process of npm run build draws pages from the server bundle, which holds this data already.
      if (rendersFromBundles()) return;
      const docs = readLoadedPages(allContent, context.siteDir).filter((page) => page.kind === 'doc');
      const data: ReadingTimeGlobalData = {
        readingMinutes: Object.fromEntries(docs.map((doc) => [doc.url, readingMinutes(doc.body)])),
      };
      actions.setGlobalData(data);
    },
  };
}
