// Syntax highlighting only on the pages that show code. The classic theme
// puts Prism (prism-react-renderer, 85 KB minified) into main.js through a
// client module that every page runs (`prism-include-languages`), and
// evaluating it took half of main.js's start-up task in a Lighthouse mobile
// trace of a doc page, on a handbook whose pages mostly have no code (issue #8).
// This plugin drops that client module; the code block itself
// (src/theme/CodeBlock) brings the highlighter in ./client/highlighter.ts,
// which registers the theme's additional languages as the client module did.
// Pages with a fenced code block import it from their own chunk
// (src/remark/code-highlighter-import.ts), so it is there before they render.
//
// Try: npm run build && npm run bench:lighthouse
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The theme's client module, as Docusaurus's generated client-modules.js requires it. */
export const THEME_PRISM_CLIENT_MODULE = join(
  dirname(require.resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

export default function codeHighlightingPlugin(): Plugin {
  return {
    name: 'code-highlighting',
    configureWebpack() {
      // `$`: this exact request; `false`: an empty module in its place.
      return { resolve: { alias: { [`${THEME_PRISM_CLIENT_MODULE}$`]: false } } };
    },
  };
}
