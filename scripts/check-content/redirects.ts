// The redirect list against the pages: every target is a page, no loop, no
// redirect hides a live page, and no page that exists on the base branch has
// gone without a redirect (a reader's bookmark to it would break).
// The base is HANDBOOK_BASE, else the merge-base with origin/main.
//
// Try: HANDBOOK_BASE=HEAD~5 npm run check:content
import { execFileSync } from 'node:child_process';

import { docUrl, type HandbookPage } from '../../src/content/handbook-pages.ts';
import { parseFrontMatterYaml, splitFrontMatter } from '../../src/content/front-matter.ts';
import type { ContentProblem } from '../../src/content/schema.ts';
import { blogPermalink } from '../../src/plugins/handbook-search/server/blog-permalink.ts';
import { readRedirects, REDIRECTS_FILE, type Redirect } from '../../src/plugins/redirects/server/redirect-list.ts';

const MARKDOWN = /\.mdx?$/;

/** The address a page is served at. */
function pageUrl(page: HandbookPage): string {
  return page.kind === 'doc' ? docUrl(page) : blogPermalink(page);
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args).trim();
  } catch {
    return undefined;
  }
}

type BaseRef = { ref: string; label: string } | { skip: string };

/** Which commit the pages are compared with, or why the comparison is skipped. */
function findBase(siteDir: string, env: NodeJS.ProcessEnv = process.env): BaseRef {
  if (tryGit(siteDir, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    return { skip: 'not a git work tree, so no base branch to compare pages with' };
  }
  if (tryGit(siteDir, ['rev-parse', '--is-shallow-repository']) === 'true') {
    return {
      skip: 'shallow clone: pages are not compared with the base branch (fetch with --depth=0 or unshallow to check moved pages)',
    };
  }
  const asked = env.HANDBOOK_BASE;
  if (asked) {
    const ref = tryGit(siteDir, ['rev-parse', '--verify', '--quiet', `${asked}^{commit}`]);
    if (ref === undefined)
      return { skip: `HANDBOOK_BASE=${asked} is no commit here, so no base to compare pages with` };
    return { ref, label: asked };
  }
  const ref = tryGit(siteDir, ['merge-base', 'HEAD', 'origin/main']);
  if (ref === undefined)
    return { skip: 'no origin/main and HANDBOOK_BASE is not set, so no base to compare pages with' };
  return { ref, label: 'the merge-base with origin/main' };
}

type BasePage = { file: string; url: string };

/** The pages of the base commit with their addresses, read with one git process for all their texts. */
function basePages(siteDir: string, ref: string): BasePage[] {
  const prefix = git(siteDir, ['rev-parse', '--show-prefix']).trim();
  const listing = git(siteDir, ['ls-tree', '-r', '--name-only', ref, '--', 'docs', 'blog'])
    .split('\n')
    .filter((path) => MARKDOWN.test(path) && !path.split('/').at(-1)?.startsWith('_'));
  if (listing.length === 0) return [];
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    cwd: siteDir,
    input: listing.map((path) => `${ref}:${prefix}${path}`).join('\n') + '\n',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
  });
  const pages: BasePage[] = [];
  let at = 0;
  for (const file of listing) {
    // Each object is "<sha> blob <bytes>\n<bytes of content>\n".
    const headerEnd = batch.indexOf(0x0a, at);
    const size = Number(batch.toString('latin1', at, headerEnd).split(' ')[2]);
    const text = batch.toString('utf8', headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    const kind = file.startsWith('docs/') ? 'doc' : 'blog';
    const relativePath = file.slice(kind === 'doc' ? 'docs/'.length : 'blog/'.length).replace(MARKDOWN, '');
    const id = kind === 'doc' ? relativePath : `blog/${relativePath.replace(/\/index$/, '')}`;
    let frontMatter: Record<string, unknown> = {};
    try {
      frontMatter =
        (parseFrontMatterYaml(splitFrontMatter(text).yamlText).toJS() as Record<string, unknown> | null) ?? {};
    } catch {
      // A page whose front matter did not parse is served at its default address.
    }
    pages.push({ file, url: pageUrl({ kind, id, file, frontMatter, body: '', bodyStartLine: 1 }) });
  }
  return pages;
}

/** A loop of redirects through `start`, as "/a -> /b -> /a", or undefined. */
function loopFrom(start: Redirect, byFrom: ReadonlyMap<string, Redirect>): string | undefined {
  const path = [start.from];
  for (let next = byFrom.get(start.to); next !== undefined; next = byFrom.get(next.to)) {
    path.push(next.from);
    if (next.from === start.from) return path.join(' -> ');
    if (path.length > byFrom.size + 1) return undefined;
  }
  return undefined;
}

export function checkRedirects(
  siteDir: string,
  pages: readonly HandbookPage[],
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): ContentProblem[] {
  const { redirects, problems } = readRedirects(siteDir);
  const live = new Map(pages.map((page) => [pageUrl(page), page.file]));
  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file: REDIRECTS_FILE, line, field, message });

  for (const redirect of redirects) {
    const loop = loopFrom(redirect, byFrom);
    if (loop !== undefined) {
      problem(redirect.line, 'to', `redirect loop ${loop}; point "${redirect.from}" at the page's current address`);
      continue;
    }
    const shadowed = live.get(redirect.from);
    if (shadowed !== undefined) {
      problem(
        redirect.line,
        'from',
        `"${redirect.from}" is the address of a live page (${shadowed}), which the redirect would hide; remove this entry`,
      );
    }
    if (!live.has(redirect.to)) {
      let end = redirect.to;
      for (
        let hop = byFrom.get(end);
        hop !== undefined && live.has(hop.to) === false && hop.to !== redirect.from;
        hop = byFrom.get(hop.to)
      )
        end = hop.to;
      const final = byFrom.get(end)?.to;
      const hint =
        final !== undefined && live.has(final)
          ? `point it at "${final}" directly`
          : 'point it at the address of an existing doc or blog post';
      problem(redirect.line, 'to', `"${redirect.to}" is not the address of any page; ${hint}`);
    }
  }

  const base = findBase(siteDir, options.env);
  const log = options.log ?? console.log;
  if ('skip' in base) {
    log(`check:content: moved pages not checked: ${base.skip}`);
    return problems;
  }
  for (const page of basePages(siteDir, base.ref)) {
    if (live.has(page.url) || byFrom.has(page.url)) continue;
    problems.push({
      file: page.file,
      line: 1,
      field: 'page',
      message: `was on the base branch (${base.label}) at ${page.url} and is gone with no redirect; if you moved it, add "- from: ${page.url}" "to: <its new address>" to ${REDIRECTS_FILE} (npm run move does this), or restore the page`,
    });
  }
  return problems;
}
