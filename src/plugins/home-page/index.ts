// The home page's facts that live outside src/pages: the newest blog post,
// known once all content is loaded, and the handbook's sections from their
// _category_.json files (src/content/sections.ts). Read in the page with
// useHomePageData() (client/home-page-data.ts).
import type { LoadContext, Plugin } from '@docusaurus/types';

import { readSections } from '../../content/sections.ts';
import type { HomePageGlobalData } from './shared/types.ts';
import { blogContentOf } from '../../content/all-content.ts';

export default function homePagePlugin(context: LoadContext): Plugin {
  return {
    name: 'home-page',
    // An empty value here gives this plugin's key its place in globalData.json in plugin order;
    // set only in allContentLoaded it would follow the order plugins finish in, which varies,
    // and a save would rewrite the file and compile again (design/dev-loop.md).
    async contentLoaded({ actions }) {
      actions.setGlobalData({ latestPost: null, sections: [] } satisfies HomePageGlobalData);
    },
    async allContentLoaded({ allContent, actions }) {
      const blog = blogContentOf(allContent);
      const newest = blog?.blogPosts[0];
      const data: HomePageGlobalData = {
        latestPost: newest
          ? {
              title: newest.metadata.title,
              permalink: newest.metadata.permalink,
              date: new Date(newest.metadata.date).toISOString(),
              description: newest.metadata.description,
            }
          : null,
        sections: readSections(context.siteDir).map(({ label, to, summary }) => ({ title: label, to, summary })),
      };
      actions.setGlobalData(data);
    },
  };
}
