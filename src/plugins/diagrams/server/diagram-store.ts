// The rendered diagrams kept under version control: rendered/<key>.light.svg
// and rendered/<key>.dark.svg, the key a hash of the diagram's source and the
// renderer's settings. The build reads them; only a diagram with no file yet
// starts the browser, and a fresh machine without Chromium builds every
// committed diagram.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { diagramKey, renderedFileName, THEMES, type DiagramTheme } from '../shared/diagram-key.ts';
import { diagramProblem, type DiagramBlock } from '../shared/diagram-block.ts';
import { renderMermaid } from './render-mermaid.ts';

export const RENDERED_DIR = join(__dirname, '..', 'rendered');

export type DiagramProblem = { file: string; line: number; field: 'mermaid'; message: string };

export type RenderedDiagram = Record<DiagramTheme, string>;

export function readRendered(key: string, dir = RENDERED_DIR): RenderedDiagram | undefined {
  const paths = THEMES.map((theme) => join(dir, renderedFileName(key, theme)));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const [light = '', dark = ''] = paths.map((path) => readFileSync(path, 'utf8'));
  return { light, dark };
}

export function formatDiagramProblem(problem: DiagramProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/**
 * Checks every block and renders those not rendered yet into `dir`. Returns
 * one problem per block that cannot be published: no accessible name,
 * empty, Mermaid cannot parse it (with Mermaid's message), or no browser to render it.
 */
export async function renderMissing(blocks: readonly DiagramBlock[], dir = RENDERED_DIR): Promise<DiagramProblem[]> {
  const problems: DiagramProblem[] = [];
  const missing = new Map<string, DiagramBlock[]>();
  for (const block of blocks) {
    const problem = diagramProblem(block.source);
    if (problem) {
      problems.push({ file: block.file, line: block.line, field: 'mermaid', message: problem });
      continue;
    }
    const key = diagramKey(block.source);
    if (readRendered(key, dir)) continue;
    missing.set(block.source, [...(missing.get(block.source) ?? []), block]);
  }
  if (missing.size === 0) return problems;

  const sources = [...missing.keys()];
  let results;
  try {
    results = await renderMermaid(sources);
  } catch (error) {
    const reason = (error as Error).message;
    for (const block of [...missing.values()].flat()) {
      problems.push({
        file: block.file,
        line: block.line,
        field: 'mermaid',
        message: `this diagram is not rendered yet, and it cannot be rendered here: ${reason}`,
      });
    }
    return problems;
  }
  mkdirSync(dir, { recursive: true });
  sources.forEach((source, index) => {
    const result = results[index];
    const sourceBlocks = missing.get(source) ?? [];
    if (!result?.ok) {
      const message = result ? result.error : 'the renderer returned nothing';
      for (const block of sourceBlocks) {
        problems.push({
          file: block.file,
          line: block.line,
          field: 'mermaid',
          message: `Mermaid cannot draw this diagram: ${message}`,
        });
      }
      return;
    }
    const key = diagramKey(source);
    for (const theme of THEMES) writeFileSync(join(dir, renderedFileName(key, theme)), `${result.svg[theme]}\n`);
  });
  return problems;
}

/** Files in `dir` that no current diagram uses (left by an edited or removed diagram). */
export function unusedRendered(blocks: readonly DiagramBlock[], dir = RENDERED_DIR): string[] {
  const used = new Set(
    blocks.flatMap((block) => THEMES.map((theme) => renderedFileName(diagramKey(block.source), theme))),
  );
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.svg'));
  } catch {
    return [];
  }
  return files.filter((name) => !used.has(name)).sort();
}
