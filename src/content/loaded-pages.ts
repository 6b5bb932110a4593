// The docs and blog posts of a build as Docusaurus loaded them (title and
// permalink) with their Markdown bodies: what backlinks, reading time and
// recent changes each start from. Read once per build: every plugin's
// allContentLoaded gets the same allContent object.
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';

import { readHandbookPages, siteRelativeFile } from './handbook-pages.ts';

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

const cache = new WeakMap<object, LoadedPage[]>();

/** Docs first, then blog posts, in the order Docusaurus loaded them. */
export function readLoadedPages(allContent: Record<string, Record<string, unknown> | undefined>, siteDir: string) {
  const cached = cache.get(allContent);
  if (cached) return cached;
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  const blogContent = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  const docs = (docsContent?.loadedVersions ?? []).flatMap((version) => version.docs);
  const posts = blogContent?.blogPosts ?? [];
  const bodies = new Map(readHandbookPages(siteDir).map((page) => [page.file, page.body]));
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
  const pages = [...pagesByFile.values()];
  cache.set(allContent, pages);
  return pages;
}
