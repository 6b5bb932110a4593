// Writes the handbook's Markdown outputs into a finished build: a clean copy
// beside each page's HTML (build/docs/culture.html -> build/docs/culture.md),
// /llms.txt (an index in the llmstxt.org layout) and /llms-full.txt (every
// page in reading order).
import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

import type { RootContent } from 'mdast';

import { readMarkdownFile, splitFrontMatter } from '../../../content/front-matter.ts';
import { readHandbookPages } from '../../../content/handbook-pages.ts';
import { forgetMarkdownDigests } from '../../../content/plain-text.ts';
import { buildGlossaryNodes } from '../../glossary/server/glossary-page.ts';
import { readGlossary } from '../../glossary/server/glossary.ts';
import { copyPathFor } from '../shared/copy-path.ts';
import { readBundledBodies } from './bundled-bodies.ts';
import { cleanMarkdownBody, copyFrontMatter, withSummary, withTitle } from './clean-markdown.ts';
import { inReadingOrder } from './reading-order.ts';
import { absoluteSiteUrl, urlResolverFor, type SiteLinks } from './site-urls.ts';

export type CopyPage = {
  kind: 'doc' | 'blog';
  /** Source file relative to the site, e.g. docs/culture/culture-deck.md. */
  file: string;
  permalink: string;
  title: string;
  description: string;
  /** The glossary page, whose entries the build adds after its body (worked out here when the bundler did not print it). */
  appendsGlossary?: boolean;
};

export type CopySection = { title: string; files: readonly string[] };

export type MarkdownSite = {
  /** The site folder: the pages' Markdown and the glossary are read from it. */
  siteDir: string;
  title: string;
  tagline: string;
  siteUrl: string;
  baseUrl: string;
  /** Docs, then blog posts, each in the order a list should show them. */
  pages: readonly CopyPage[];
  /** llms.txt's sections: doc files grouped as the sidebar groups them. */
  sections: readonly CopySection[];
  /** Doc files of the start-here reading path, in order. */
  readingPath: readonly string[];
  /** Where the bundling process left the bodies it printed (bundled-bodies.ts); pages without one are parsed here. */
  bodiesFile?: string;
};

export type WrittenCopies = {
  pages: number;
  /** How many of the pages' bodies the bundling process had printed already. */
  bundled: number;
  files: string[];
};

/**
 * The glossary's entries with their "Used on" lists, for a glossary page the
 * bundler did not print: a scan of every page. Read here, off the thread that
 * renders the pages.
 */
function glossaryNodes(siteDir: string): RootContent[] {
  const nodes = buildGlossaryNodes(readGlossary(siteDir), readHandbookPages(siteDir));
  // The scan was this thread's only use of the pages' digests; at 10,000 pages they are tens of MB.
  forgetMarkdownDigests();
  return nodes;
}

/** Images the build published (assets/images/<name>-<hash>.<ext>), found by the source file's name. */
async function publishedImages(outDir: string, baseUrl: string): Promise<(file: string) => string | undefined> {
  let names: string[] = [];
  try {
    names = await readdir(join(outDir, 'assets', 'images'));
  } catch {
    // No images in this build.
  }
  return (file) => {
    const { name, ext } = posix.parse(file);
    const published = names.find(
      (candidate) =>
        candidate.startsWith(`${name}-`) &&
        candidate.endsWith(ext) &&
        candidate.length === name.length + 1 + 8 + ext.length,
    );
    return published ? `${baseUrl}assets/images/${published}` : undefined;
  };
}

function linkLine(site: MarkdownSite, page: CopyPage): string {
  const url = absoluteSiteUrl(site, copyPathFor(page.permalink, site.baseUrl));
  const description = page.description.replace(/\s+/g, ' ').trim();
  return `- [${page.title.replace(/([[\]])/g, '\\$1')}](${url})${description ? `: ${description}` : ''}`;
}

/** The llms.txt index: title, summary, then one section per sidebar group and one for the blog. */
function llmsIndex(site: MarkdownSite): string {
  const byFile = new Map(site.pages.map((page) => [page.file, page]));
  const fullUrl = absoluteSiteUrl(site, 'llms-full.txt');
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.tagline}`,
    '',
    `Each link below is a clean Markdown copy of a page (the page's own URL with .md added). The whole handbook in reading order, as one file: ${fullUrl}`,
  ];
  const sections: CopySection[] = [
    ...site.sections,
    { title: 'Blog', files: site.pages.filter((page) => page.kind === 'blog').map((page) => page.file) },
  ];
  for (const section of sections) {
    const pages = section.files.flatMap((file) => byFile.get(file) ?? []);
    if (pages.length === 0) continue;
    lines.push('', `## ${section.title}`, '', ...pages.map((page) => linkLine(site, page)));
  }
  return `${lines.join('\n')}\n`;
}

function resolverFor(links: SiteLinks, page: CopyPage) {
  return urlResolverFor(links, page.file, page.permalink);
}

/** llms-full.txt's pages: every doc in reading order, then the blog. */
function llmsFullOrder(site: MarkdownSite): CopyPage[] {
  const docs = site.pages.filter((page) => page.kind === 'doc');
  const byFile = new Map(docs.map((page) => [page.file, page]));
  return [
    ...inReadingOrder(
      docs.map((page) => page.file),
      site.readingPath,
    ).flatMap((file) => byFile.get(file) ?? []),
    ...site.pages.filter((page) => page.kind === 'blog'),
  ];
}

/** A page's part of llms-full.txt: its heading, where it lives on the site, then its body. */
function llmsFullPart(site: MarkdownSite, page: CopyPage, cleanBody: string): string {
  const body = withSummary(cleanBody, page.description);
  const [heading, ...rest] = body.split('\n');
  return [heading, '', `Source: <${absoluteSiteUrl(site, page.permalink)}>`, ...rest].join('\n');
}

/**
 * Each page is parsed once and its copy written at once; its clean body then
 * goes to llms-full.txt, which is written as the pages come (in its own
 * reading order). Nothing holds every page's output at the same time: at
 * 10,000 pages that ran the worker out of its heap.
 */
export async function writeMarkdownCopies(site: MarkdownSite, outDir: string): Promise<WrittenCopies> {
  const links: SiteLinks = {
    siteUrl: site.siteUrl,
    baseUrl: site.baseUrl,
    permalinkByFile: new Map(site.pages.map((page) => [page.file, page.permalink])),
    assetPathOf: await publishedImages(outDir, site.baseUrl),
  };
  const copyPath = (page: CopyPage) => copyPathFor(page.permalink, site.baseUrl);
  const bundledBody = site.bodiesFile ? readBundledBodies(site.bodiesFile, site.siteDir) : undefined;
  let bundled = 0;
  const full = await open(join(outDir, 'llms-full.txt'), 'w');
  try {
    await full.write(`# ${site.title}\n\n> ${site.tagline}\n\n`);
    let separator = '';
    for (const page of llmsFullOrder(site)) {
      // The bundler printed the glossary page with its entries (its step runs before the bodies' step).
      const printed = bundledBody?.(page.file);
      if (printed !== undefined) bundled++;
      const body =
        printed !== undefined
          ? withTitle(page.title, printed)
          : cleanMarkdownBody({
              ...page,
              body: splitFrontMatter(readMarkdownFile(join(site.siteDir, page.file))).body,
              mdx: page.file.endsWith('.mdx'),
              resolveUrl: resolverFor(links, page),
              ...(page.appendsGlossary ? { appendedNodes: glossaryNodes(site.siteDir) } : {}),
            });
      const target = join(outDir, copyPath(page));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, copyFrontMatter(page.title, page.description) + body);
      await full.write(separator + llmsFullPart(site, page, body));
      separator = '\n---\n\n';
    }
  } finally {
    await full.close();
  }
  await writeFile(join(outDir, 'llms.txt'), llmsIndex(site));
  return { pages: site.pages.length, bundled, files: [...site.pages.map(copyPath), 'llms.txt', 'llms-full.txt'] };
}
