// The content check for diagrams (npm run check:content): every ```mermaid
// block has an accessible name and parses, every one has its rendered SVGs
// committed, and no rendered SVG is left that no diagram uses. Locally it
// renders new diagrams (commit the files it writes); in CI (CI=true) a
// missing file is an error, because a machine without Chromium could not
// build that diagram from the repository.
import { isAbsolute, relative } from 'node:path';

import type { ContentProblem } from '../../../content/schema.ts';
import { diagramKey } from '../shared/diagram-key.ts';
import { diagramProblem, type DiagramBlock } from '../shared/diagram-block.ts';
import { readRendered, renderMissing, RENDERED_DIR, unusedRendered } from './diagram-store.ts';

export type CheckDiagramsOptions = { renderedDir?: string; render?: boolean };

export async function checkDiagramBlocks(
  siteDir: string,
  blocks: readonly DiagramBlock[],
  { renderedDir = RENDERED_DIR, render = !process.env.CI }: CheckDiagramsOptions = {},
): Promise<ContentProblem[]> {
  const shownDir = relative(siteDir, renderedDir).split('\\').join('/') || renderedDir;
  const problems: ContentProblem[] = render
    ? await renderMissing(blocks, renderedDir)
    : blocks.flatMap((block) => {
        const problem = diagramProblem(block.source);
        if (problem) return [{ file: block.file, line: block.line, field: 'mermaid', message: problem }];
        if (readRendered(diagramKey(block.source), renderedDir)) return [];
        return [
          {
            file: block.file,
            line: block.line,
            field: 'mermaid',
            message: `this diagram's SVGs are not in ${shownDir}; run npm run check:content (or npm run build) where Chromium is installed and commit the files it writes there`,
          },
        ];
      });
  // Only the site the store belongs to knows every diagram in it: a fixture
  // site checked with the handbook's store would call all of them unused.
  const ownsStore = !shownDir.startsWith('..') && !isAbsolute(shownDir);
  const unused = (ownsStore ? unusedRendered(blocks, renderedDir) : []).map((name) => ({
    file: `${shownDir}/${name}`,
    line: 1,
    field: 'mermaid',
    message: 'no diagram uses this file any more (its diagram was edited or removed); delete it',
  }));
  return [...problems, ...unused];
}
