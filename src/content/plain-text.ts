// What a page says, as the build's own features read it: the words a reader
// sees (reading time, the glossary's "Used on" lists), the links it writes
// (backlinks) and its top-level blocks (search sections).
//
// Those features all read the same bodies in one build. Parsing Markdown is
// the costly part (about 2 ms a page here), so each body is parsed once per
// process and the digest kept: at 2,000 pages that took the build's
// allContentLoaded step from ~15 s to ~6 s (npm run bench, issue #8).
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { memoizeInProcess } from './process-memo.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** A top-level block: a heading with its visible text (an explicit {#id} still in it), or any other block's text. */
export type MarkdownBlock = { type: 'heading'; depth: number; text: string } | { type: 'content'; text: string };

export type MarkdownDigest = {
  /** Text, inline code and image alt text; code blocks and HTML left out. */
  readonly readableText: string;
  /** Every link destination: inline links and reference definitions, in order. */
  readonly links: readonly string[];
  readonly blocks: readonly MarkdownBlock[];
};

/** Text a search reader may look for in a block: prose, lists, tables and code; raw HTML and comments left out. */
function searchableText(node: RootContent): string {
  if (node.type === 'html' || node.type === 'definition') return '';
  if (node.type === 'code') return node.value;
  if ('children' in node) return node.children.map((child) => searchableText(child as RootContent)).join(' ');
  if (node.type === 'image') return node.alt ?? '';
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

function digest(tree: Root): MarkdownDigest {
  const parts: string[] = [];
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push(node.url);
    if (node.type === 'code' || node.type === 'html') return 'skip';
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    if (node.type === 'image' && node.alt) parts.push(node.alt);
    return undefined;
  });
  const blocks = tree.children.map((node): MarkdownBlock => {
    if (node.type !== 'heading') return { type: 'content', text: searchableText(node) };
    const visible = node.children.filter((child) => child.type !== 'html');
    return { type: 'heading', depth: node.depth, text: toString(visible.length > 0 ? visible : node) };
  });
  return { readableText: parts.join(' '), links, blocks };
}

/** The digest of a Markdown body, parsed at most once per process. Treat it as read-only: it is shared. */
export const digestMarkdown: (markdown: string) => MarkdownDigest = memoizeInProcess('markdown-digests', (markdown) =>
  digest(parseMarkdown(markdown)),
);

/** The words a reader sees on a page: text, inline code and image alt text; code blocks and HTML left out. */
export function readableText(markdown: string): string {
  return digestMarkdown(markdown).readableText;
}

/** Every link destination in a Markdown body: inline links and reference definitions, in order. */
export function linksInMarkdown(markdown: string): readonly string[] {
  return digestMarkdown(markdown).links;
}
