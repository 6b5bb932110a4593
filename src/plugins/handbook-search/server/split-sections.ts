import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createSlugger, parseMarkdownHeadingId } from '@docusaurus/utils';

import { parseMarkdown } from '../../../content/plain-text.ts';

/** A part of a page under one h2/h3 heading (or the text before the first one). */
export type MarkdownSection = {
  /** '' for the introduction before the first heading. */
  heading: string;
  /** The id Docusaurus gives the heading ('' for the introduction). */
  anchor: string;
  text: string;
};

export type Slugger = ReturnType<typeof createSlugger>;

/**
 * Splits a Markdown body at its h2 and h3 headings. Anchors are computed the
 * way @docusaurus/mdx-loader's headings plugin does (an explicit {#id}, else
 * its slugger over every heading of the page in order, so a second "Notes"
 * becomes "notes-1"), so a result links to the heading the reader sees.
 * Pass a slugger to continue numbering across generated content (glossary).
 */
export function splitSections(markdown: string, slugger: Slugger = createSlugger()): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection = { heading: '', anchor: '', text: '' };
  const parts: string[] = [];
  const flush = () => {
    current.text = parts.join(' ').replace(/\s+/g, ' ').trim();
    parts.length = 0;
    if (current.heading || current.text) sections.push(current);
  };
  for (const node of parseMarkdown(markdown).children) {
    if (node.type === 'heading') {
      const { text, id } = headingTextAndId(node, slugger);
      if (node.depth === 2 || node.depth === 3) {
        flush();
        current = { heading: text, anchor: id, text: '' };
        continue;
      }
      if (node.depth === 1) continue;
      parts.push(text);
      continue;
    }
    parts.push(readableNodeText(node));
  }
  flush();
  return sections;
}

function headingTextAndId(heading: Heading, slugger: Slugger): { text: string; id: string } {
  const visible = heading.children.filter((child) => child.type !== 'html');
  const parsed = parseMarkdownHeadingId(toString(visible.length > 0 ? visible : heading), 'classic');
  return { text: parsed.text, id: parsed.id ?? slugger.slug(parsed.text) };
}

/** Text a reader sees: prose, lists, tables and code; raw HTML and comments (e.g. <!-- truncate -->) left out. */
function readableNodeText(node: RootContent): string {
  if (node.type === 'html' || node.type === 'definition') return '';
  if (node.type === 'code') return node.value;
  if ('children' in node) return node.children.map((child) => readableNodeText(child as RootContent)).join(' ');
  if (node.type === 'image') return node.alt ?? '';
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}
