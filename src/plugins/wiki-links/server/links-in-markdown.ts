import { visit } from 'unist-util-visit';

import { parseMarkdown } from '../../../content/plain-text.ts';

/** Every link destination in a Markdown body: inline links and reference definitions, in order. */
export function linksInMarkdown(markdown: string): string[] {
  const urls: string[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type === 'link' || node.type === 'definition') urls.push(node.url);
  });
  return urls;
}
