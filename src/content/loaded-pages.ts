// The docs and blog posts of a build as Docusaurus loaded them (title and
// permalink) with their Markdown bodies: what backlinks, reading time and
// recent changes each start from. Read once per content load: every plugin's
// allContentLoaded gets the same allContent object, and the cache is shared
// by the copies of this module Docusaurus loads for each plugin.
import { type AllContent, blogContentOf, docsContentOf } from './all-content.ts';
import { readHandbookPagesOfLoad, siteRelativeFile } from './handbook-pages.ts';
import { memoizeByObjectInProcess } from './process-memo.ts';

export type LoadedPage = {
  kind: 'doc' | 'blog';
  title: string;
  /** The permalink, baseUrl included. */
  url: string;
  /** Source file relative to the site root. */
  file: string;
  body: string;
  /** The doc's `owner` front matter; undefined for blog posts and docs without one. */
  owner?: string;
};

/** Docs first, then blog posts, in the order Docusaurus loaded them. */
export const readLoadedPages = memoizeByObjectInProcess('loaded-pages', (allContent: AllContent, siteDir: string) => {
  const docsContent = docsContentOf(allContent);
  const blogContent = blogContentOf(allContent);
  const docs = (docsContent?.loadedVersions ?? []).flatMap((version) => version.docs);
  const posts = blogContent?.blogPosts ?? [];
  const bodies = new Map(readHandbookPagesOfLoad(allContent, siteDir).map((page) => [page.file, page.body]));
  const pagesByFile = new Map<string, LoadedPage>();
  for (const doc of docs) {
    const file = siteRelativeFile(doc.source);
    const owner = typeof doc.frontMatter.owner === 'string' ? doc.frontMatter.owner : undefined;
    pagesByFile.set(file, {
      kind: 'doc',
      title: doc.title,
      url: doc.permalink,
      file,
      body: bodies.get(file) ?? '',
      ...(owner === undefined ? {} : { owner }),
    });
  }
  for (const { metadata } of posts) {
    const file = siteRelativeFile(metadata.source);
    pagesByFile.set(file, {
      kind: 'blog',
      title: metadata.title,
      url: metadata.permalink,
      file,
      body: bodies.get(file) ?? '',
    });
  }
  return [...pagesByFile.values()];
});
