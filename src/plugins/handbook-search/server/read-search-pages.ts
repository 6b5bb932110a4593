import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { type AllContent, blogContentOf, docsContentOf } from '../../../content/all-content.ts';
import {
  docUrl,
  readHandbookPages,
  siteRelativeFile,
  withoutBaseUrl,
  type HandbookPage,
} from '../../../content/handbook-pages.ts';
import { categoryUrl, readCategory, type CategoryFile } from '../../../content/sections.ts';
import { blogPermalink } from './blog-permalink.ts';

/** Label of pages outside the section folders (start here, glossary, about). */
const HANDBOOK_LABEL = 'Handbook';
export const BLOG_LABEL = 'Blog';

/** A page as search sees it, before it is split into sections. */
export type SearchPage = {
  kind: 'doc' | 'blog' | 'category';
  /** The doc id (culture/culture-deck), blog/<name> or category/<folder>. */
  id: string;
  url: string;
  title: string;
  label: string;
  markdown: string;
};

/** What Docusaurus itself decided about a page, when the plugin runs inside a build. */
type LoadedRoute = { url: string; title: string };
export type LoadedContent = {
  /** Keyed by source file relative to the site (docs/culture/culture-deck.md). */
  pages: ReadonlyMap<string, LoadedRoute>;
};

/**
 * The URLs and titles Docusaurus gave each doc and post of a content load,
 * for the pages search indexes: no drafts (loaded under `npm start` only),
 * no unlisted pages.
 */
export function loadedSearchPages(allContent: AllContent, baseUrl: string): LoadedContent {
  const docs = docsContentOf(allContent);
  const blog = blogContentOf(allContent);
  const version = docs?.loadedVersions[0];
  const pages = new Map<string, LoadedRoute>();
  for (const doc of version?.docs ?? []) {
    if (doc.unlisted || doc.draft) continue;
    pages.set(siteRelativeFile(doc.source), { url: withoutBaseUrl(doc.permalink, baseUrl), title: doc.title });
  }
  for (const post of blog?.blogPosts ?? []) {
    if (post.metadata.unlisted || post.metadata.frontMatter.draft === true) continue;
    pages.set(siteRelativeFile(post.metadata.source), {
      url: withoutBaseUrl(post.metadata.permalink, baseUrl),
      title: post.metadata.title,
    });
  }
  return { pages };
}

function firstHeading(markdown: string): string | undefined {
  return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim();
}

/** Reads each folder's _category_.json once per call, not once per page in it. */
function categoryReader(siteDir: string): (folder: string) => CategoryFile {
  const categories = new Map<string, CategoryFile>();
  return (folder) => {
    let category = categories.get(folder);
    if (!category) {
      category = readCategory(siteDir, folder);
      categories.set(folder, category);
    }
    return category;
  };
}

function labelOf(category: (folder: string) => CategoryFile, page: HandbookPage): string {
  if (page.kind === 'blog') return BLOG_LABEL;
  const folder = page.id.includes('/') ? page.id.slice(0, page.id.indexOf('/')) : '';
  return folder ? (category(folder).label ?? folder) : HANDBOOK_LABEL;
}

/**
 * Every page search indexes: docs, blog posts and the generated category
 * index pages. URLs and titles come from Docusaurus's loaded content when
 * given (the plugin) and otherwise follow Docusaurus's defaults (the Algolia
 * script, which runs outside a build). Drafts and unlisted pages are left
 * out, as Docusaurus leaves them out of sitemaps.
 */
export function readSearchPages(siteDir: string, loaded?: LoadedContent): SearchPage[] {
  const pages: SearchPage[] = [];
  const category = categoryReader(siteDir);
  for (const page of readHandbookPages(siteDir)) {
    // Inside a build the loaded content has already left drafts and unlisted pages out, so no front matter is parsed.
    const route = loaded?.pages.get(page.file);
    if (loaded ? !route : page.frontMatter.draft === true || page.frontMatter.unlisted === true) continue;
    pages.push({
      kind: page.kind,
      id: page.id,
      url: route?.url ?? (page.kind === 'doc' ? docUrl(page) : blogPermalink(page)),
      title: route?.title ?? String(page.frontMatter.title ?? firstHeading(page.body) ?? page.id),
      label: labelOf(category, page),
      markdown: page.body,
    });
  }
  pages.push(...readCategoryPages(siteDir, category));
  return pages;
}

/**
 * Generated category index pages, from each folder's _category_.json: the
 * docs plugin computes them from the sidebars after content loading, so the
 * same file is the source both inside and outside a build.
 */
function readCategoryPages(siteDir: string, readFolderCategory: (folder: string) => CategoryFile): SearchPage[] {
  const docsDir = join(siteDir, 'docs');
  if (!existsSync(docsDir)) return [];
  return readdirSync(docsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry): SearchPage[] => {
      const category = readFolderCategory(entry.name);
      if (category.link?.type !== 'generated-index') return [];
      const label = category.label ?? entry.name;
      const url = categoryUrl(category, entry.name);
      return [
        {
          kind: 'category',
          id: `category/${entry.name}`,
          url,
          title: category.link.title ?? label,
          label,
          markdown: category.link.description ?? '',
        },
      ];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
