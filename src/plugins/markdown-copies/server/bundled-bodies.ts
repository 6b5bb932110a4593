// The copies' bodies, printed from the syntax tree the bundler has already
// parsed: a remark step that runs first on every doc page appends each
// page's clean body to one file, and the copies' worker reads them there
// instead of parsing the pages a second time (design/markdown-copies.md).
//
// The bundling process knows every page's permalink (the plugin hands the
// links over in allContentLoaded), but not the names the bundler gives
// images: a page that embeds a file of its own is left to the worker, which
// finds them in the output. So is any page a body is missing for, or whose
// source changed after its body was written.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';

import { printCleanBody } from './clean-markdown.ts';
import { urlResolverFor, type SiteLinks } from './site-urls.ts';

export type BundledBodies = {
  /** Where the bodies go: a file among the site's generated files. */
  file: string;
  links: SiteLinks;
  /** The pages to print, by absolute source path: their file relative to the site and permalink. */
  pages: ReadonlyMap<string, { file: string; permalink: string }>;
};

// Docusaurus loads the config, and with it the plugin and this step, without
// Node's module cache (loadFreshModule), so nothing promises that both see
// the same copy of a module variable: the hand-over lives on globalThis
// under a Symbol.for key, as src/content/process-memo.ts's caches do.
const STATE_KEY = Symbol.for('engineering-culture-handbook.markdown-copies.bundled-bodies');
const state = globalThis as { [STATE_KEY]?: BundledBodies & { fd: number } };

/** Beside, not inside, the folder Docusaurus keeps for the plugin's own data (.docusaurus/markdown-copies/). */
export function bundledBodiesFile(generatedFilesDir: string): string {
  return join(generatedFilesDir, 'markdown-copies-bodies.txt');
}

/**
 * Starts a build's bodies: the file is emptied, and the remark step appends
 * the pages listed from now on, through one descriptor the process keeps
 * open (one file per page cost the bundler more in file system calls than
 * printing the pages did).
 */
export function expectBundledBodies(bodies: BundledBodies) {
  const previous = state[STATE_KEY];
  if (previous) closeSync(previous.fd);
  mkdirSync(dirname(bodies.file), { recursive: true });
  state[STATE_KEY] = { ...bodies, fd: openSync(bodies.file, 'w') };
}

function digest(source: string | Buffer): string {
  return createHash('sha1').update(source).digest('hex');
}

/**
 * The remark step (first of the docs plugin's beforeDefaultRemarkPlugins).
 * It does nothing outside a production build's bundling, where no plugin has
 * listed pages to print.
 */
export default function remarkBundledBodies() {
  return (tree: Root, vfile: { path?: string; value?: unknown }) => {
    const bodies = state[STATE_KEY];
    const page = vfile.path ? bodies?.pages.get(vfile.path) : undefined;
    if (!bodies || !page || !vfile.path) return;
    let embedsFile = false;
    const resolveUrl = urlResolverFor(
      {
        ...bodies.links,
        assetPathOf: () => {
          embedsFile = true;
          return undefined;
        },
      },
      page.file,
      page.permalink,
    );
    // The text the tree was parsed from, for the blocks a copy keeps as written; not a string, every block is printed.
    const parsedFrom = typeof vfile.value === 'string' ? vfile.value : undefined;
    const body = printCleanBody(tree, resolveUrl, [], parsedFrom);
    if (embedsFile) return;
    // A record: the page's file, the digest of its source and the body's length on one line, then the body.
    const source = readFileSync(vfile.path);
    writeSync(bodies.fd, `${encodeURIComponent(page.file)} ${digest(source)} ${body.length}\n${body}`);
  };
}

/**
 * The clean bodies the bundler printed: the function returned gives a page's
 * body only while the page's source is the one it was printed from. A record
 * cut short (a process stopped while writing) is left out.
 */
export function readBundledBodies(bodiesFile: string, siteDir: string): (file: string) => string | undefined {
  const printed = new Map<string, { sourceDigest: string; body: string }>();
  let stored = '';
  try {
    stored = readFileSync(bodiesFile, 'utf8');
  } catch {
    // No bodies: every page is parsed.
  }
  for (let at = 0; at < stored.length;) {
    const lineEnd = stored.indexOf('\n', at);
    const [file = '', sourceDigest = '', length = ''] = stored.slice(at, lineEnd).split(' ');
    const bodyEnd = lineEnd + 1 + Number(length);
    if (lineEnd === -1 || !(bodyEnd <= stored.length)) break;
    printed.set(decodeURIComponent(file), { sourceDigest, body: stored.slice(lineEnd + 1, bodyEnd) });
    at = bodyEnd;
  }
  return (file) => {
    const entry = printed.get(file);
    return entry && entry.sourceDigest === digest(readFileSync(join(siteDir, file))) ? entry.body : undefined;
  };
}
