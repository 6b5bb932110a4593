// The copies' bodies, printed from the syntax tree the bundler has already
// parsed: a remark step that runs first on every doc page hands each page's
// tree to a worker thread, which prints the page's clean body and appends it
// to one file; the copies' worker reads them there instead of parsing the
// pages a second time (design/markdown-copies.md). The bundling process's
// main thread compiles every page and is the build's busiest; the printing
// runs beside it on the second core, and a bundler plugin holds the end of
// bundling until every body is written.
//
// The bundling process knows every page's permalink (the plugin hands the
// links over in allContentLoaded), but not the names the bundler gives
// images: a page that embeds a file of its own is left to the worker, which
// finds them in the output. So is any page a body is missing for, or whose
// source changed after its body was written.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker, type MessagePort } from 'node:worker_threads';
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
type Printer = { pages: BundledBodies['pages']; worker: Worker; written?: Promise<void> };
const state = globalThis as { [STATE_KEY]?: Printer };

/** The printer's old generation, in MB: it holds one page's tree at a time, and the trees queued for it. */
const HEAP_LIMIT_MB = 256;

/** The message that tells the printer no page follows. */
const END = 'end';

/** What the remark step sends the printer for each page: a copy of its tree, made as the message is posted. */
type PageToPrint = { tree: Root; path: string; file: string; permalink: string };

/** Beside, not inside, the folder Docusaurus keeps for the plugin's own data (.docusaurus/markdown-copies/). */
export function bundledBodiesFile(generatedFilesDir: string): string {
  return join(generatedFilesDir, 'markdown-copies-bodies.txt');
}

/**
 * Starts a build's bodies: the printer's worker empties the file, and the
 * remark step sends it the pages listed from now on. A printer started
 * before is ended first, its bodies left unfinished.
 */
export function expectBundledBodies(bodies: BundledBodies) {
  const previous = state[STATE_KEY];
  if (previous) void previous.worker.terminate();
  mkdirSync(dirname(bodies.file), { recursive: true });
  // The links without assetPathOf, a function no message can carry: the printer asks its own (writeBody).
  const { siteUrl, baseUrl, permalinkByFile } = bodies.links;
  const links: SiteLinks = { siteUrl, baseUrl, permalinkByFile };
  const worker = new Worker(join(__dirname, 'bundled-bodies-worker.mjs'), {
    workerData: { modulePath: __filename, file: bodies.file, links },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  // The printer never keeps a process alive: the bundler waits for it (bundledBodiesWritten).
  worker.unref();
  state[STATE_KEY] = { pages: bodies.pages, worker };
}

/**
 * Resolves once the printer has written every page sent to it, and then
 * stops it; at once when no build is printing. A printer that fails is
 * reported and the build goes on: its pages are parsed by the copies' worker.
 */
export function bundledBodiesWritten(): Promise<void> {
  const printer = state[STATE_KEY];
  if (!printer) return Promise.resolve();
  printer.written ??= new Promise<void>((resolve) => {
    const { worker } = printer;
    let settled = false;
    const done = (problem?: string) => {
      if (settled) return;
      settled = true;
      if (problem) console.error(`markdown-copies: the bodies printed while bundling are incomplete: ${problem}`);
      if (state[STATE_KEY] === printer) state[STATE_KEY] = undefined;
      resolve();
    };
    worker.once('message', () => {
      done();
      void worker.terminate();
    });
    worker.once('error', (error) => done(String(error)));
    worker.once('exit', (code) => done(`the printer stopped (exit code ${code}) before it said it was done`));
    worker.postMessage(END);
  });
  return printer.written;
}

/** A bundler plugin: bundling ends only once every body is written (the bundling process exits right after). */
export function waitForBundledBodies() {
  return {
    apply(compiler: { hooks: { done: { tapPromise(name: string, hook: () => Promise<void>): void } } }) {
      compiler.hooks.done.tapPromise('markdown-copies-bodies', () => bundledBodiesWritten());
    },
  };
}

function digest(source: string | Buffer): string {
  return createHash('sha1').update(source).digest('hex');
}

/** Prints one page's clean body and appends its record, unless the page embeds a file of its own. */
function writeBody(fd: number, links: SiteLinks, { tree, path, file, permalink }: PageToPrint) {
  let embedsFile = false;
  const resolveUrl = urlResolverFor(
    {
      ...links,
      assetPathOf: () => {
        embedsFile = true;
        return undefined;
      },
    },
    file,
    permalink,
  );
  const body = printCleanBody(tree, resolveUrl);
  if (embedsFile) return;
  // A record: the page's file, the digest of its source and the body's length on one line, then the body.
  writeSync(fd, `${encodeURIComponent(file)} ${digest(readFileSync(path))} ${body.length}\n${body}`);
}

/**
 * @public The printer's side: bundled-bodies-worker.mjs loads this module by
 * its path. It writes the bodies of the pages it is sent, in order, through
 * one descriptor (one file per page cost the bundler more in file system
 * calls than printing the pages did), and answers the end message once they
 * are all written.
 */
export function printBodies({ file, links }: { file: string; links: SiteLinks }, port: MessagePort) {
  const fd = openSync(file, 'w');
  port.on('message', (message: PageToPrint | typeof END) => {
    if (message === END) {
      closeSync(fd);
      port.postMessage('written');
      return;
    }
    writeBody(fd, links, message);
  });
}

/**
 * The remark step (first of the docs plugin's beforeDefaultRemarkPlugins).
 * It does nothing outside a production build's bundling, where no plugin has
 * listed pages to print. Posting copies the tree, so the steps after it may
 * change theirs; a tree that cannot be copied leaves its page to the copies'
 * worker.
 */
export default function remarkBundledBodies() {
  return (tree: Root, vfile: { path?: string }) => {
    const printer = state[STATE_KEY];
    const page = vfile.path ? printer?.pages.get(vfile.path) : undefined;
    if (!printer || printer.written || !page || !vfile.path) return;
    try {
      printer.worker.postMessage({
        tree,
        path: vfile.path,
        file: page.file,
        permalink: page.permalink,
      } satisfies PageToPrint);
    } catch {
      // Not cloneable (a function in a node's data): the copies' worker parses this page.
    }
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
