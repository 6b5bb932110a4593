// The content checks report problems by line, so they read a page as a
// syntax tree with positions (mdast). The build reads pages through the
// faster digest in src/content/plain-text.ts instead.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
