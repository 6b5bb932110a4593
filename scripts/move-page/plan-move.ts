// Works out everything a page move changes, without touching the disk, so a
// bad move can be refused with nothing changed and a good one written at once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

import { docUrl, readHandbookPages, type HandbookPage } from '../../src/content/handbook-pages.ts';
import { blogPermalink } from '../../src/plugins/handbook-search/server/blog-permalink.ts';
import {
  readRedirects,
  REDIRECTS_FILE,
  renderRedirects,
  withMove,
} from '../../src/plugins/redirects/server/redirect-list.ts';
import { rewriteLinks, rewritePageIds, rewriteQuotedUrl, type PageMove } from './rewrite-links.ts';

/** Data files that name pages by id. */
const PAGE_ID_FILES = ['src/data/glossary.yml', 'src/data/source-facts.yml'];
/** TypeScript config that may link a page by URL (navbar, footer). */
const URL_CONFIG_FILES = ['docusaurus.config.ts', 'sidebars.ts'];
const MARKDOWN = /\.mdx?$/;

export class MoveError extends Error {}

export type MovePlan = {
  move: PageMove;
  /** Files to write after the git move, site-relative, with their new text. */
  writes: Map<string, string>;
  /** Links and ids rewritten, per file (for the summary). */
  rewrites: Map<string, number>;
  redirectAdded: boolean;
};

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** A path as given on the command line, made site-relative; refuses paths outside docs/ and blog/. */
function siteRelative(siteDir: string, cwd: string, given: string): string {
  const absolute = isAbsolute(given) ? given : join(cwd, given);
  return toPosix(relative(siteDir, absolute));
}

function contentKind(file: string): 'doc' | 'blog' | undefined {
  if (file.startsWith('docs/')) return 'doc';
  if (file.startsWith('blog/')) return 'blog';
  return undefined;
}

/** The id and URL a page would have at `file`, with its front matter (a slug may pin the URL). */
function pageAt(file: string, frontMatter: Record<string, unknown>): { id: string; url: string } {
  const kind = contentKind(file);
  const withoutExt = file.replace(MARKDOWN, '');
  if (kind === 'doc') {
    const id = withoutExt.slice('docs/'.length);
    const page = { kind, id, file, frontMatter, body: '', bodyStartLine: 1 } satisfies HandbookPage;
    return { id, url: docUrl(page) };
  }
  const id = withoutExt.replace(/\/index$/, '');
  const page = { kind: 'blog' as const, id, file, frontMatter, body: '', bodyStartLine: 1 } satisfies HandbookPage;
  return { id, url: blogPermalink(page) };
}

function markdownFiles(siteDir: string): string[] {
  const files: string[] = [];
  for (const dir of ['docs', 'blog', 'src/pages']) {
    if (!existsSync(join(siteDir, dir))) continue;
    for (const entry of readdirSync(join(siteDir, dir), { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && MARKDOWN.test(entry.name)) {
        files.push(toPosix(relative(siteDir, join(entry.parentPath, entry.name))));
      }
    }
  }
  return files.sort();
}

export function planMove(siteDir: string, cwd: string, oldArg: string, newArg: string): MovePlan {
  const oldFile = siteRelative(siteDir, cwd, oldArg);
  const newFile = siteRelative(siteDir, cwd, newArg);
  for (const [file, given] of [
    [oldFile, oldArg],
    [newFile, newArg],
  ] as const) {
    if (contentKind(file) === undefined) {
      throw new MoveError(`${given} is outside docs/ and blog/; a page can only move within docs/ or blog/`);
    }
    if (!MARKDOWN.test(file)) throw new MoveError(`${given} is not a Markdown page; give a .md or .mdx file`);
  }
  if (!existsSync(join(siteDir, oldFile)) || !statSync(join(siteDir, oldFile)).isFile()) {
    throw new MoveError(
      `${oldArg} does not exist; give the path of the page to move, e.g. docs/culture/culture-deck.md`,
    );
  }
  if (existsSync(join(siteDir, newFile))) {
    throw new MoveError(`${newArg} already exists; choose another name, or remove that file first`);
  }
  if (contentKind(oldFile) !== contentKind(newFile)) {
    throw new MoveError(`${oldArg} -> ${newArg} moves a page between docs/ and blog/; keep it in its own folder`);
  }

  const pages = readHandbookPages(siteDir);
  const page = pages.find((candidate) => candidate.file === oldFile);
  if (page === undefined) throw new MoveError(`${oldArg} is not a handbook page (files starting with _ are not pages)`);
  const before = pageAt(oldFile, page.frontMatter);
  const after = pageAt(newFile, page.frontMatter);
  const move: PageMove = { oldFile, newFile, oldUrl: before.url, newUrl: after.url };

  const { redirects, problems } = readRedirects(siteDir);
  if (problems.length > 0) {
    const [first] = problems;
    throw new MoveError(`${first?.file}:${first?.line}: ${first?.field}: ${first?.message}`);
  }

  const writes = new Map<string, string>();
  const rewrites = new Map<string, number>();
  const record = (file: string, text: string, count: number) => {
    if (count === 0) return;
    writes.set(file, text);
    rewrites.set(file, (rewrites.get(file) ?? 0) + count);
  };
  for (const file of markdownFiles(siteDir)) {
    const fileNow = file === oldFile ? newFile : file;
    const { text, count } = rewriteLinks(readFileSync(join(siteDir, file), 'utf8'), file, fileNow, move);
    record(fileNow, text, count);
  }
  for (const file of PAGE_ID_FILES) {
    if (!existsSync(join(siteDir, file))) continue;
    const { text, count } = rewritePageIds(readFileSync(join(siteDir, file), 'utf8'), before.id, after.id);
    record(file, text, count);
  }
  for (const file of URL_CONFIG_FILES) {
    if (!existsSync(join(siteDir, file))) continue;
    const { text, count } = rewriteQuotedUrl(readFileSync(join(siteDir, file), 'utf8'), move.oldUrl, move.newUrl);
    record(file, text, count);
  }
  const redirectAdded = move.oldUrl !== move.newUrl;
  if (redirectAdded) writes.set(REDIRECTS_FILE, renderRedirects(withMove(redirects, move.oldUrl, move.newUrl)));
  return { move, writes, rewrites, redirectAdded };
}
