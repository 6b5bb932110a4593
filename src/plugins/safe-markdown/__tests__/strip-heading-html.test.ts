import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';

import { stripHeadingHtml } from '../strip-heading-html.ts';

function run(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  stripHeadingHtml(tree);
  return unified().use(remarkStringify).stringify(tree).trim();
}

describe('stripHeadingHtml', () => {
  test.each([
    ['## Plain heading', '## Plain heading'],
    ['## Hello <img src=x onerror=alert(1)>', '## Hello'],
    ['## <script>alert(1)</script> after', '## alert(1) after'],
    ['## Keep *emphasis* and `code`', '## Keep *emphasis* and `code`'],
    ['Body <b>html</b> stays', 'Body <b>html</b> stays'],
    // Headings inside other blocks are cleaned too.
    ['> ## Quoted <img src=x onerror=alert(1)>', '> ## Quoted'],
    ['- ## Listed <img src=x onerror=alert(1)>', '* ## Listed'],
  ])('%s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});
