// Finds the ```mermaid blocks of a page, with the line each starts on, by
// parsing the page as the build does (so a fence inside a longer fence, or in
// a list, is found or skipped exactly as the build sees it).
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type DiagramBlock = {
  /** Site-relative source file, e.g. docs/day-in-the-life/meetings.md. */
  file: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  source: string;
};

export const MERMAID_LANGUAGE = 'mermaid';

export function findDiagrams(file: string, body: string, bodyStartLine: number): DiagramBlock[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  if (file.endsWith('.mdx')) processor.use(remarkMdx);
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch {
    // A page that does not parse is reported by the build and the other checks.
    return [];
  }
  const blocks: DiagramBlock[] = [];
  visit(tree, 'code', (node) => {
    if (node.lang !== MERMAID_LANGUAGE) return;
    blocks.push({ file, line: (node.position?.start.line ?? 1) + bodyStartLine - 1, source: node.value });
  });
  return blocks;
}

/** Mermaid's accessible title or description lines (accTitle: …, accDescr: … or accDescr { … }). */
const ACCESSIBLE_NAME = /^[ \t]*(accTitle[ \t]*:[ \t]*\S|accDescr[ \t]*(:[ \t]*\S|\{))/m;

/** Why a diagram cannot be published as it is, or undefined when it can. */
export function diagramProblem(source: string): string | undefined {
  if (source.trim() === '') {
    return 'the mermaid block is empty; write the diagram in it (see CONTRIBUTING.md, "Diagrams") or remove the block';
  }
  if (!ACCESSIBLE_NAME.test(source)) {
    return 'the diagram has no accessible name; add a line "accTitle: <what it shows>" (and "accDescr: <one sentence>") inside the block, so screen readers can name it';
  }
  return undefined;
}
