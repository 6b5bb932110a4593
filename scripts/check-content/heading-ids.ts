// The ids Docusaurus gives a page's headings, so `#anchor` links can be
// checked before the build: the heading's text slugged with the same slugger
// (duplicates get -1, -2...), or the id written as `## Heading {#id}`.
import { createSlugger, parseMarkdownHeadingId } from '@docusaurus/utils';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

import { parseMarkdown } from './parse-markdown.ts';

export function headingIds(markdownBody: string): string[] {
  const slugger = createSlugger();
  const ids: string[] = [];
  visit(parseMarkdown(markdownBody), 'heading', (heading) => {
    const { text, id } = parseMarkdownHeadingId(toString(heading));
    ids.push(id ?? slugger.slug(text));
  });
  return ids;
}
