import { createSlugger, parseMarkdownHeadingId } from '@docusaurus/utils';

import { digestMarkdown } from '../../../content/plain-text.ts';

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
  for (const block of digestMarkdown(markdown).blocks) {
    if (block.type === 'heading') {
      const parsed = parseMarkdownHeadingId(block.text, 'classic');
      const text = parsed.text;
      const anchor = parsed.id ?? slugger.slug(text);
      if (block.depth === 2 || block.depth === 3) {
        flush();
        current = { heading: text, anchor, text: '' };
        continue;
      }
      if (block.depth === 1) continue;
      parts.push(text);
      continue;
    }
    parts.push(block.text);
  }
  flush();
  return sections;
}
