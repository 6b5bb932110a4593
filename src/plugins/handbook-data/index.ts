import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
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
/**
 * Files whose content shapes pages other than their own: the glossary data,
 * and every doc (the generated glossary page lists the docs that use each
 * term). Rspack's persistent cache only knows that a page depends on its own
 * file, so without this a warm build could keep a stale glossary, or one that
 * links to a deleted page.
 */
export function crossPageDependencies(siteDir: string): string[] {
  const docs = readdirSync(join(siteDir, 'docs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return [join(siteDir, 'src', 'data', 'glossary.yml'), ...docs.sort()];
}

export default function handbookDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'handbook-data',
    configureWebpack() {
      // Try: npm run build, add a page that mentions "PMC", npm run build: the glossary lists it.
      if (process.env.DOCUSAURUS_NO_PERSISTENT_CACHE) return {};
      return { experiments: { cache: { buildDependencies: crossPageDependencies(context.siteDir) } } } as never;
    },
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
