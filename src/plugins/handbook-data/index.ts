import type { Plugin } from '@docusaurus/types';
import type { BlogContent } from '@docusaurus/plugin-content-blog';

/** What the home page shows of the newest blog post. */
export type LatestPost = {
  title: string;
  permalink: string;
  date: string;
  description: string;
};

export type HandbookGlobalData = {
  latestPost: LatestPost | null;
};

/**
 * Collects, once all content is loaded, the facts that pages outside the
 * docs and blog plugins need (the home page's latest post), and exposes them
 * as global data: read with usePluginData('handbook-data').
 */
export default function handbookDataPlugin(): Plugin {
  return {
    name: 'handbook-data',
    async allContentLoaded({ allContent, actions }) {
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      const newest = blog?.blogPosts[0];
      const data: HandbookGlobalData = {
        latestPost: newest
          ? {
              title: newest.metadata.title,
              permalink: newest.metadata.permalink,
              date: new Date(newest.metadata.date).toISOString(),
              description: newest.metadata.description,
            }
          : null,
      };
      actions.setGlobalData(data);
    },
  };
}
