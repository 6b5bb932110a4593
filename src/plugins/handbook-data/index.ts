import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent } from '@docusaurus/plugin-content-blog';

import { glossaryTips, readGlossary } from '../../content/glossary.ts';

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

/** Stands in for the tooltips in the browser bundle (src/components/GlossaryTerm/tips.ts). */
const NO_SERVER_TIPS = join(__dirname, '..', '..', 'components', 'GlossaryTerm', 'no-server-tips.ts');

export default function handbookDataPlugin(context: LoadContext): Plugin {
  let tipsFile = '';
  return {
    name: 'handbook-data',
    async contentLoaded({ actions }) {
      // Glossary tooltips, one copy for the whole site: the marks on pages carry only entry ids.
      tipsFile = await actions.createData(
        'glossary-tips.json',
        JSON.stringify(glossaryTips(readGlossary(context.siteDir))),
      );
    },
    configureWebpack(_config, isServer) {
      const alias = {
        '@handbook/glossary-tips': isServer ? tipsFile : NO_SERVER_TIPS,
        '@handbook/glossary-tips-data': tipsFile,
      };
      // Try: npm run build, add a page that mentions "PMC", npm run build: the glossary lists it.
      if (process.env.DOCUSAURUS_NO_PERSISTENT_CACHE) return { resolve: { alias } };
      return {
        resolve: { alias },
        experiments: { cache: { buildDependencies: crossPageDependencies(context.siteDir) } },
      } as never;
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
