// Syntax highlighting without Prism in the browser. The classic theme puts
// Prism (prism-react-renderer, 85 KB minified) into main.js through a client
// module that every page runs (`prism-include-languages`); evaluating it took
// half of main.js's start-up task in a Lighthouse mobile trace of a doc page,
// on a handbook whose pages mostly show no code
// (design/build-time-code-highlighting.md).
//
// Here code is highlighted while Markdown is compiled
// (server/rehype-code-tokens.ts, a rehype plugin the preset's docs, blog and
// pages use); the page's chunk carries the tokens, and theme/CodeBlock
// renders them with the theme's own line markup and colours. This plugin
// drops the theme's client module. A CodeBlock written by hand in React
// (not from Markdown) is shown as plain text.
//
// Try: npm run build && grep -l after-tokenize build/assets/js/*.js   (Prism's tokenizer: no file)
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
    getThemePath: () => join(__dirname, 'theme'),
    configureWebpack() {
      // `$`: this exact request; `false`: an empty module in its place.
      return { resolve: { alias: { [`${THEME_PRISM_CLIENT_MODULE}$`]: false } } };
    },
  };
}
