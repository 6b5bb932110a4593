// The copies' bodies, printed from the syntax tree the bundler has already
// parsed: a remark step that runs first on every doc page writes each page's
// clean body to a folder, and the copies' worker reads it there instead of
// parsing the page a second time (design/markdown-copies.md).
//
// The bundling process knows every page's permalink (the plugin hands the
// links over in allContentLoaded), but not the names the bundler gives
// images: a page that embeds a file of its own is left to the worker, which
// finds them in the output. So is any page a body is missing for, or whose
// source changed after its body was written.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';

import { printCleanBody } from './clean-markdown.ts';
import { urlResolverFor, type SiteLinks } from './site-urls.ts';

export type BundledBodies = {
  /** Where the bodies go: a folder of the site's generated files. */
  dir: string;
  links: SiteLinks;
  /** The pages to print, by absolute source path: their file relative to the site and permalink. */
  pages: ReadonlyMap<string, { file: string; permalink: string }>;
};

// Docusaurus loads the config and each plugin with a fresh module cache, so
// the plugin and the remark step would each see their own copy of a module
// variable; the hand-over lives on globalThis under a Symbol.for key.
const STATE_KEY = Symbol.for('engineering-culture-handbook.markdown-copies.bundled-bodies');
const state = globalThis as { [STATE_KEY]?: BundledBodies };

export function bundledBodiesDir(generatedFilesDir: string): string {
  return join(generatedFilesDir, 'markdown-copies');
}

/** Starts a build's bodies: the folder is emptied, and the remark step prints the pages listed from now on. */
export function expectBundledBodies(bodies: BundledBodies) {
  rmSync(bodies.dir, { recursive: true, force: true });
  mkdirSync(bodies.dir, { recursive: true });
  state[STATE_KEY] = bodies;
}

function bodyPath(dir: string, file: string): string {
  return join(dir, `${encodeURIComponent(file)}.txt`);
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
  return (tree: Root, vfile: { path?: string }) => {
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
    const body = printCleanBody(tree, resolveUrl);
    if (embedsFile) return;
    const source = readFileSync(vfile.path);
    writeFileSync(bodyPath(bodies.dir, page.file), `${digest(source)}\n${body}`);
  };
}

/** The clean body the bundler printed for `file`, if there is one for its current source. */
export function readBundledBody(dir: string, siteDir: string, file: string): string | undefined {
  let stored: string;
  try {
    stored = readFileSync(bodyPath(dir, file), 'utf8');
  } catch {
    return undefined;
  }
  const newline = stored.indexOf('\n');
  if (stored.slice(0, newline) !== digest(readFileSync(join(siteDir, file)))) return undefined;
  return stored.slice(newline + 1);
}
