// Sidebar checks that do not grow with the sidebar. Every doc page renders
// its sidebar, and for each category shown the theme asks the docs plugin
// whether it is active and visible, which walks everything under it: a
// build's sidebar work grows with the square of the pages. This plugin points
// the bundles' `@docusaurus/plugin-content-docs/client` at
// ./client/docs-client.ts, which answers the same questions by look-up
// (design/sidebar-lookup.md).
//
// Try: npm run bench -- --sizes 2000 --variants ours,stock   (build time)
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export const DOCS_CLIENT_MODULE = join(__dirname, 'client', 'docs-client.ts');

export default function sidebarLookupPlugin(): Plugin {
  return {
    name: 'sidebar-lookup',
    configureWebpack() {
      // `$`: the client entry only, as the theme imports it; docs-client.ts reaches the original by its file path.
      return { resolve: { alias: { '@docusaurus/plugin-content-docs/client$': DOCS_CLIENT_MODULE } } };
    },
  };
}
