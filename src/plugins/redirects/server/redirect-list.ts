// The one list of moved pages: src/data/redirects.yml. `npm run move` adds to
// it; the client redirect pages, build/_redirects, the nginx config, the
// preview server and check:content all read it through here, so the three
// ways a redirect is served cannot disagree (design/redirects.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

import type { ContentProblem } from '../../../content/schema.ts';

export const REDIRECTS_FILE = 'src/data/redirects.yml';

export type Redirect = {
  /** The old site path, e.g. /docs/culture/old-name (no baseUrl, no trailing slash). */
  from: string;
  /** The site path a reader is sent to. */
  to: string;
  /** Line of the entry in the list, for messages. */
  line: number;
};

export type RedirectList = { redirects: Redirect[]; problems: ContentProblem[] };

const REDIRECTS_HEADER = `# Old page addresses and where each one went. "npm run move" adds an entry
# when it moves a page; the build serves each one as a 301 (build/_redirects,
# build/_nginx.conf) and as a redirect page for any static host.
`;

const SITE_PATH = /^\/[^\s?#]*$/;

function pathProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'is missing; give a site path such as /docs/culture/old-name';
  if (!SITE_PATH.test(value))
    return `"${value}" is not a site path; write it as /docs/... with no query, fragment or spaces`;
  if (value.length > 1 && value.endsWith('/')) return `"${value}" ends with "/"; drop the trailing slash`;
  if (/\.html?$/.test(value)) return `"${value}" ends with .html; write the page address without it`;
  return undefined;
}

/** Parses the list's text; every problem carries the line it is on. */
export function parseRedirects(text: string, file = REDIRECTS_FILE): RedirectList {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ContentProblem[] = [];
  const lineOf = (node: Node | null | undefined, fallback = 1) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
  const [error] = document.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { redirects: [], problems: [{ file, line, field: 'YAML', message: `${message}; fix the YAML syntax` }] };
  }
  const redirects: Redirect[] = [];
  const contents = document.contents;
  if (contents === null) return { redirects, problems };
  if (!isSeq(contents)) {
    problems.push({
      file,
      line: lineOf(contents),
      field: 'redirects',
      message: 'must be a list of "- from: /old" "to: /new" entries',
    });
    return { redirects, problems };
  }
  const seenFrom = new Map<string, number>();
  for (const item of contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push({ file, line, field: 'entry', message: 'must be a "from:" and "to:" pair' });
      continue;
    }
    const entry = item.toJSON() as Record<string, unknown>;
    let valid = true;
    for (const key of Object.keys(entry)) {
      if (key !== 'from' && key !== 'to') {
        problems.push({ file, line, field: key, message: 'is not a redirect field; keep only "from" and "to"' });
        valid = false;
      }
    }
    for (const field of ['from', 'to'] as const) {
      const problem = pathProblem(entry[field]);
      if (problem) {
        problems.push({ file, line: lineOf(item.get(field, true) as Node | undefined, line), field, message: problem });
        valid = false;
      }
    }
    if (!valid) continue;
    const from = entry.from as string;
    const to = entry.to as string;
    if (from === to) {
      problems.push({ file, line, field: 'to', message: `"${to}" redirects to itself; remove the entry` });
      continue;
    }
    const earlier = seenFrom.get(from);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field: 'from',
        message: `"${from}" is already redirected on line ${earlier}; keep one entry`,
      });
      continue;
    }
    seenFrom.set(from, line);
    redirects.push({ from, to, line });
  }
  return { redirects, problems };
}

/** Reads the site's list; a site without one has no redirects. */
export function readRedirects(siteDir: string): RedirectList {
  const path = join(siteDir, REDIRECTS_FILE);
  if (!existsSync(path)) return { redirects: [], problems: [] };
  return parseRedirects(readFileSync(path, 'utf8'));
}

/** Like readRedirects, for the build: a broken list stops it with every problem, one per line. */
export function readRedirectsOrThrow(siteDir: string): Redirect[] {
  const { redirects, problems } = readRedirects(siteDir);
  if (problems.length > 0) {
    throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
  }
  return redirects;
}

/** The list as written by `npm run move`: the header, then one entry per redirect. */
export function renderRedirects(redirects: readonly Pick<Redirect, 'from' | 'to'>[]): string {
  return `${REDIRECTS_HEADER}${redirects.length === 0 ? '[]\n' : ''}${redirects
    .map(({ from, to }) => `- from: ${from}\n  to: ${to}\n`)
    .join('')}`;
}

/**
 * The list after a page moved from `oldUrl` to `newUrl`: earlier redirects
 * to the old address follow it (no chains), a redirect from the new address
 * goes (the page lives there again), and the old address is added.
 */
export function withMove(
  redirects: readonly Pick<Redirect, 'from' | 'to'>[],
  oldUrl: string,
  newUrl: string,
): { from: string; to: string }[] {
  const kept = redirects
    .filter((redirect) => redirect.from !== newUrl && redirect.from !== oldUrl)
    .map(({ from, to }) => ({ from, to: to === oldUrl ? newUrl : to }))
    .filter((redirect) => redirect.from !== redirect.to);
  if (oldUrl !== newUrl) kept.push({ from: oldUrl, to: newUrl });
  return kept;
}
