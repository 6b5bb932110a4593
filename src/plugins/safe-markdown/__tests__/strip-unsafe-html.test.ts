import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';

import { isScriptUrl, stripUnsafeHtml } from '../strip-unsafe-html.ts';

function clean(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  stripUnsafeHtml(tree);
  return toHtml(tree);
}

describe('stripUnsafeHtml', () => {
  test.each([
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['<img src="x.png" onerror="alert(1)">', '<img src="x.png">'],
    ['<div onclick="alert(1)" class="note">hi</div>', '<div class="note">hi</div>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['<svg><script>alert(1)</script><a href="javascript:alert(1)">x</a></svg>', '<svg><a>x</a></svg>'],
    ['<svg onload="alert(1)"></svg>', '<svg></svg>'],
    ['<iframe src="https://example.com"></iframe><p>after</p>', '<p>after</p>'],
    ['<form action="/x"><input></form>', ''],
    [
      '<p>a<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>b</p>',
      '<p>ab</p>',
    ],
    ['<a href="https://example.com/page">safe</a>', '<a href="https://example.com/page">safe</a>'],
    ['<a href="/docs/culture#deck">safe</a>', '<a href="/docs/culture#deck">safe</a>'],
    ['<details><summary>More</summary>text</details>', '<details><summary>More</summary>text</details>'],
  ])('%s becomes %s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('isScriptUrl', () => {
  test.each([
    ['javascript:alert(1)', true],
    ['  javascript:void(0)', true],
    ['VBSCRIPT:msgbox', true],
    ['jav\u200bascript:alert(1)', true],
    ['data:image/svg+xml,<svg onload=alert(1)>', true],
    ['https://example.com', false],
    ['/docs/start-here', false],
    ['#javascript', false],
    ['mailto:someone@example.com', false],
  ])('%s → %s', (url, expected) => {
    expect(isScriptUrl(url)).toBe(expected);
  });
});
