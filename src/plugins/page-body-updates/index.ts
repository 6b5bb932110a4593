// Under `npm start`, a save that changes only a page's body shows the new
// text without mounting the rest of the page again: the navbar, the sidebar
// (with the categories the reader opened or closed) and the table of contents
// stay as they were. A save that changes the title, a heading, the front
// matter or the page's metadata renders the page again, as Docusaurus does
// for every save (design/page-body-updates.md).
//
// Builds are untouched: the plugin returns nothing outside the dev server.
//
// Try: npm start, open a page, close its sidebar category, and edit a paragraph of its Markdown
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

import { isDevServer } from '../../config/command.ts';
import { isMarkdownFile } from '../../content/handbook-pages.ts';

/** The loader that rewrites each compiled page (see ./body-in-place.cjs). */
export const BODY_LOADER = join(__dirname, 'body-in-place.cjs');

/** The browser's half, which each rewritten page imports. */
export const BODY_RUNTIME = join(__dirname, 'client', 'body-in-place.ts');

/** The rule that runs the loader on each Markdown page; exported for the test. */
export function bodyInPlaceRule() {
  return {
    test: isMarkdownFile,
    // After the MDX loader: the rewrite reads the page as compiled JavaScript.
    enforce: 'post' as const,
    use: [{ loader: BODY_LOADER, options: { runtime: BODY_RUNTIME } }],
  };
}

export default function pageBodyUpdatesPlugin(): Plugin {
  return {
    name: 'page-body-updates',
    configureWebpack(_config, isServer) {
      if (isServer || !isDevServer()) return {};
      return { module: { rules: [bodyInPlaceRule()] } };
    },
  };
}
