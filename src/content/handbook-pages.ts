// Reads the handbook's own Markdown (docs and blog) the way the build sees
// it: each page's id, URL, title and plain text. Search, the glossary and
// the content checks all start from this list, so they agree on what a page is.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

import { readMarkdownFile, splitFrontMatter } from './front-matter.ts';
import { memoizeByObjectInProcess, memoizeFileInProcess, memoizeInProcess } from './process-memo.ts';

export type HandbookPage = {
  kind: 'doc' | 'blog';
  /** Docs: path under docs/ without extension (e.g. culture/culture-deck). Blog: blog/<folder or file name>. */
  id: string;
  /** Path of the source file, relative to the site root. */
  file: string;
  /** Parsed when first read: backlinks and reading time need only bodies. */
  readonly frontMatter: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
};

/** A Markdown page's file, by its extension: `.md` or `.mdx`. */
export const MARKDOWN_FILE = /\.mdx?$/;

/**
 * MARKDOWN_FILE as a bundler rule's `test`. A function, not the pattern:
 * Docusaurus' fallback MDX rule takes any rule whose test is a pattern
 * matching `.mdx` for a content plugin's and reads its `include`, and for a
 * rule with none Rspack stops before it builds anything.
 */
export function isMarkdownFile(path: string): boolean {
  return MARKDOWN_FILE.test(path);
}

function listMarkdown(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && MARKDOWN_FILE.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function blogId(relativePath: string): string {
  const withoutExt = relativePath.replace(MARKDOWN_FILE, '');
  return `blog/${withoutExt.endsWith('/index') ? withoutExt.slice(0, -'/index'.length) : withoutExt}`;
}

/**
 * A page's front matter; broken YAML gives none here (the content checks
 * report it with its line). Search, backlinks and the glossary each read
 * every page in one build, so each YAML text is parsed once. Read-only: shared.
 */
const parseFrontMatter = memoizeInProcess('front-matter', (yamlText): Record<string, unknown> => {
  try {
    return (parseYaml(yamlText) as Record<string, unknown> | null) ?? {};
  } catch {
    return {};
  }
});

/** A page's file split at its front matter, read again only once the file changes. */
const readSplitMarkdown = memoizeFileInProcess('split-markdown', (file) => splitFrontMatter(readMarkdownFile(file)));

export function readHandbookPages(siteDir: string): HandbookPage[] {
  const pages: HandbookPage[] = [];
  for (const kind of ['doc', 'blog'] as const) {
    const contentDir = join(siteDir, kind === 'doc' ? 'docs' : 'blog');
    let files: string[];
    try {
      files = listMarkdown(contentDir);
    } catch {
      continue;
    }
    for (const file of files) {
      const split = readSplitMarkdown(file);
      const relativePath = toPosix(relative(contentDir, file));
      pages.push({
        kind,
        id: kind === 'doc' ? relativePath.replace(MARKDOWN_FILE, '') : blogId(relativePath),
        file: toPosix(relative(siteDir, file)),
        // Parsed on first use: backlinks and reading time never look at it
        // (design/page-reading-at-build.md).
        get frontMatter() {
          return parseFrontMatter(split.yamlText);
        },
        body: split.body,
        bodyStartLine: split.bodyStartLine,
      });
    }
  }
  return pages;
}

/**
 * readHandbookPages once per content load: every plugin's allContentLoaded
 * gets the same `allContent` object, so the glossary, backlinks, reading time
 * and recent changes share one listing of the site's files per save under
 * `npm start`, instead of listing and checking every file each.
 */
export const readHandbookPagesOfLoad = memoizeByObjectInProcess(
  'handbook-pages-of-load',
  (_allContent: object, siteDir: string) => readHandbookPages(siteDir),
);

/** The URL the docs plugin gives a doc (routeBasePath /docs), honouring a front matter slug. */
export function docUrl(page: HandbookPage): string {
  const slug = page.frontMatter.slug;
  if (typeof slug === 'string') {
    if (slug.startsWith('/')) return `/docs${slug}`;
    const folder = page.id.includes('/') ? page.id.slice(0, page.id.lastIndexOf('/') + 1) : '';
    return `/docs/${folder}${slug}`;
  }
  return `/docs/${page.id.replace(/(^|\/)index$/, '')}`;
}

/** A source as Docusaurus names it ('@site/docs/a.md') in the form pages and git use here ('docs/a.md'). */
export function siteRelativeFile(source: string): string {
  return source.replace(/^@site\//, '');
}

/** A site path without the site's baseUrl ('/handbook/docs/a' -> '/docs/a'), the form Markdown links use. */
export function withoutBaseUrl(path: string, baseUrl: string): string {
  return path.startsWith(baseUrl) ? `/${path.slice(baseUrl.length)}` : path;
}
