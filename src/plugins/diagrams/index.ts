// Diagrams as code: a ```mermaid block in any page becomes an inline SVG at
// build time (server/rehype-diagrams.ts), in a light and a dark version, with
// no Mermaid code in any page's JavaScript. Before pages compile, this plugin
// checks every diagram (an accessible name, Mermaid can parse it) and renders
// the new ones in Chromium into rendered/, which is committed. See
// design/diagrams-at-build-time.md.
//
// Try: npm run build   (a new diagram is rendered once and its SVGs land in rendered/)
import type { LoadContext, Plugin } from '@docusaurus/types';

import { readHandbookPages } from '../../content/handbook-pages.ts';
import type { DiagramBlock } from './shared/diagram-block.ts';
import { findDiagrams } from './shared/find-diagrams.ts';
import { formatDiagramProblem, renderMissing } from './server/diagram-store.ts';

/** Every ```mermaid block in the handbook's docs and blog, with its file and line. */
export function handbookDiagrams(siteDir: string): DiagramBlock[] {
  return readHandbookPages(siteDir).flatMap((page) => findDiagrams(page.file, page.body, page.bodyStartLine));
}

export default function diagramsPlugin(context: LoadContext): Plugin {
  return {
    name: 'diagrams',
    async loadContent() {
      const problems = await renderMissing(handbookDiagrams(context.siteDir));
      if (problems.length > 0) {
        throw new Error(`Diagrams that cannot be published:\n${problems.map(formatDiagramProblem).join('\n')}`);
      }
    },
  };
}
