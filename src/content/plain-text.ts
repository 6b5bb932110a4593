import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** The words a reader sees on a page: text, inline code and image alt text; code blocks and HTML left out. */
export function readableText(markdown: string): string {
  const parts: string[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'code' || node.type === 'html') return 'skip';
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    if (node.type === 'image' && node.alt) parts.push(node.alt);
    return undefined;
  });
  return parts.join(' ');
}
