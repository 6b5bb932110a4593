// The glossary: the generated glossary page (server/glossary-page.ts), the
// marks on the first mention of each term in a doc (server/glossary-terms.ts),
// the `glossary-term` MDX element that renders them (theme/MDXComponents.tsx,
// client/GlossaryTerm) and their styles (glossary.css). The plugin writes the
// tooltips once for the whole site and tells the bundler where they are.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { isDevServer } from '../../config/command.ts';
import { readHandbookPagesOfLoad } from '../../content/handbook-pages.ts';
import { isStockDocusaurus } from '../../internals/registry.ts';
import { glossaryUsedOn } from './server/glossary-page.ts';
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

/**
 * Under `npm start`: the glossary page is compiled again when, and only when,
 * a save changes one of its "Used on" lists. Rspack knows the page depends on
 * its own file only, so the plugin writes the lists to a file after every
 * content load (when they changed) and a loader makes the page depend on it.
 */
function watchUsedOn(context: LoadContext) {
  const dir = join(context.generatedFilesDir, 'glossary');
  const usedOnFile = join(dir, 'used-on.json');
  let written = '';
  return {
    usedOnFile,
    update(allContent: object) {
      const pages = readHandbookPagesOfLoad(allContent, context.siteDir);
      const json = JSON.stringify(glossaryUsedOn(readGlossary(context.siteDir), pages));
      if (json === written) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(usedOnFile, json);
      written = json;
    },
    rule: {
      test: join(context.siteDir, 'docs', 'glossary.md'),
      enforce: 'pre' as const,
      use: [{ loader: join(__dirname, 'server', 'used-on-dependency-loader.cjs'), options: { usedOnFile } }],
    },
  };
}

export default function glossaryPlugin(context: LoadContext): Plugin {
  const themePath = join(__dirname, 'theme');
  let tipsFile = '';
  const usedOn = isDevServer() ? watchUsedOn(context) : undefined;
  return {
    name: 'glossary',
    getThemePath: () => themePath,
    async allContentLoaded({ allContent }) {
      usedOn?.update(allContent);
    },
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
      const rules = usedOn ? { module: { rules: [usedOn.rule] } } : {};
      // Try: npm run build, add a page that mentions "PMC", npm run build: the glossary lists it.
      // Adds to Docusaurus' own persistent cache settings: a registered patch, off under the switch.
      if (isStockDocusaurus()) return { resolve: { alias }, ...rules };
      const cache = { buildDependencies: crossPageDependencies(context.siteDir) };
      // Docusaurus 3 puts Rspack's persistent cache under experiments.cache, Docusaurus 4 (Rspack 2) under cache.
      if (isPersistentCache(config.cache)) return { resolve: { alias }, cache, ...rules } as never;
      const { experiments } = config as { experiments?: { cache?: unknown } };
      if (isPersistentCache(experiments?.cache))
        return { resolve: { alias }, experiments: { cache }, ...rules } as never;
      return { resolve: { alias }, ...rules };
    },
  };
}
