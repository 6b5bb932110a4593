// The text of one version of a page as a reader reads it: front matter left
// out, Markdown read by the same reader as search and reading time
// (src/content/plain-text.ts), one paragraph per top-level block.
import { splitFrontMatter } from '../../../content/front-matter.ts';
import { digestMarkdownUncached } from '../../../content/plain-text.ts';

/** An explicit heading id, `## Title {#id}`, is not shown to readers. */
const HEADING_ID = /\s*\{#[^}]*\}\s*$/;

export function pageText(source: string): string {
  const { body } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  return digestMarkdownUncached(body)
    .blocks.map((block) => (block.type === 'heading' ? block.text.replace(HEADING_ID, '') : block.text).trim())
    .filter(Boolean)
    .join('\n\n');
}
