// Who links to each doc ("Linked from" under every doc), computed once per
// build from the links written in the pages themselves (server/backlinks.ts).
import type { LoadContext, Plugin } from '@docusaurus/types';

import { rendersFromBundles } from '../../config/command.ts';
import { withoutBaseUrl } from '../../content/handbook-pages.ts';
import { readLoadedPages } from '../../content/loaded-pages.ts';
import type { BacklinksGlobalData } from './shared/types.ts';
import { computeBacklinks } from './server/backlinks.ts';

export default function backlinksPlugin(context: LoadContext): Plugin {
  const { siteDir, baseUrl } = context;
  return {
    name: 'backlinks',
    // An empty value here gives this plugin's key its place in globalData.json in plugin order;
    // set only in allContentLoaded it would follow the order plugins finish in, which varies,
    // and a save would rewrite the file and compile again (design/dev-loop.md).
    async contentLoaded({ actions }) {
      actions.setGlobalData({ linkingPages: [], backlinks: {} } satisfies BacklinksGlobalData);
    },
    async allContentLoaded({ allContent, actions }) {
      // The render process of npm run build draws pages from the server bundle, which holds this data already.
      if (rendersFromBundles()) return;
      const pages = readLoadedPages(allContent, siteDir);
      const docs = pages.filter((page) => page.kind === 'doc');
      // Markdown links are written without the baseUrl (/docs/x); permalinks carry it.
      const docIndex = {
        byFile: new Map(docs.map((doc) => [doc.file, doc.url])),
        byUrl: new Map(docs.map((doc) => [withoutBaseUrl(doc.url, baseUrl), doc.url])),
      };
      const data: BacklinksGlobalData = computeBacklinks(pages, docIndex, baseUrl);
      actions.setGlobalData(data);
    },
  };
}
