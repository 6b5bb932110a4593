// The glossary: the generated glossary page (server/glossary-page.ts), the
// marks on the first mention of each term in a doc (server/glossary-terms.ts),
// the `glossary-term` MDX element that renders them (theme/MDXComponents.tsx,
// client/GlossaryTerm) and their styles (glossary.css). The plugin writes the
// tooltips once for the whole site and tells the bundler where they are.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { isStockDocusaurus } from '../../internals/registry.ts';
import { glossaryTips, readGlossary } from './server/glossary.ts';

/**
 * Files whose content shapes pages other than their own: the glossary data,
 * and every doc (the generated glossary page lists the docs that use each
 * term). Rspack's persistent cache only knows that a page depends on its own
 * file, so without this a warm build could keep a stale glossary, or one that
 * links to a deleted page.
 */
export function crossPageDependencies(siteDir: string): string[] {
  const docs = readdirSync(join(siteDir, 'docs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  return [join(siteDir, 'src', 'data', 'glossary.yml'), ...docs.sort()];
}

function isPersistentCache(cache: unknown): boolean {
  return typeof cache === 'object' && cache !== null && (cache as { type?: unknown }).type === 'persistent';
}

/** Stands in for the tooltips in the browser bundle (client/GlossaryTerm/tips.ts). */
const NO_SERVER_TIPS = join(__dirname, 'client', 'GlossaryTerm', 'no-server-tips.ts');

export default function glossaryPlugin(context: LoadContext): Plugin {
  const themePath = join(__dirname, 'theme');
  let tipsFile = '';
  return {
    name: 'glossary',
    getThemePath: () => themePath,
    async contentLoaded({ actions }) {
      // Glossary tooltips, one copy for the whole site: the marks on pages carry only entry ids.
      tipsFile = await actions.createData(
        'glossary-tips.json',
        JSON.stringify(glossaryTips(readGlossary(context.siteDir))),
      );
    },
    configureWebpack(config, isServer) {
      const alias = {
        '@handbook/glossary-tips': isServer ? tipsFile : NO_SERVER_TIPS,
        '@handbook/glossary-tips-data': tipsFile,
      };
      // Try: npm run build, add a page that mentions "PMC", npm run build: the glossary lists it.
      // Adds to Docusaurus' own persistent cache settings: a registered patch, off under the switch.
      if (isStockDocusaurus()) return { resolve: { alias } };
      const cache = { buildDependencies: crossPageDependencies(context.siteDir) };
      // Docusaurus 3 puts Rspack's persistent cache under experiments.cache, Docusaurus 4 (Rspack 2) under cache.
      if (isPersistentCache(config.cache)) return { resolve: { alias }, cache } as never;
      const { experiments } = config as { experiments?: { cache?: unknown } };
      if (isPersistentCache(experiments?.cache)) return { resolve: { alias }, experiments: { cache } } as never;
      return { resolve: { alias } };
    },
  };
}
