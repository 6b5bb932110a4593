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

import { MERMAID_LANGUAGE, type DiagramBlock } from './diagram-block.ts';

/**
 * A fence line whose info string holds a character reference or a backslash
 * escape, which could spell the language without the plain word.
 */
const ESCAPED_FENCE_INFO = /^[ \t>*+\-.)\d]*(?:`{3,}|~{3,})[^\n]*[&\\]/m;

/**
 * Whether a page can hold a diagram at all. Parsing is the costly part (a full
 * Markdown parse of every page, about 6 ms each: a minute at 10,000 pages), and
 * almost no page has a diagram, so a page that never writes the language's
 * name, plainly or escaped on a fence line, is skipped (design/scale-run.md).
 */
export function mayHoldDiagram(body: string): boolean {
  return body.includes(MERMAID_LANGUAGE) || ESCAPED_FENCE_INFO.test(body);
}

export function findDiagrams(file: string, body: string, bodyStartLine: number): DiagramBlock[] {
  if (!mayHoldDiagram(body)) return [];
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
