// Route matching that does not grow with the number of pages. Docusaurus
// finds the route of the page it renders (and of every page a reader opens
// or hovers a link to) with react-router-config's `matchRoutes` and
// `renderRoutes`, which try each route in turn: over the doc routes that is
// n matches per page, n² for a build. This plugin points the bundles'
// `react-router-config` at ./client/react-router-config.ts, which tries
// only the routes that can match (design/route-lookup.md); theme/DocRoot does the
// same for the doc routes. The Node side of Docusaurus (broken-link check)
// keeps the package itself.
//
// Try: npm run bench -- --sizes 2000 --variants ours,stock   (build time)
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export const ROUTE_CONFIG_MODULE = join(__dirname, 'client', 'react-router-config.ts');

export default function routeLookupPlugin(): Plugin {
  return {
    name: 'route-lookup',
    getThemePath: () => join(__dirname, 'theme'),
    configureWebpack() {
      // `$`: the package's own entry only, as Docusaurus imports it.
      return { resolve: { alias: { 'react-router-config$': ROUTE_CONFIG_MODULE } } };
    },
  };
}
