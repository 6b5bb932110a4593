import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

import DiffText from '../DiffText.tsx';
import type { DiffPart } from '../../shared/text-ops.ts';

function render(parts: DiffPart[], created = false): string {
  // Class names are left out: they depend on the CSS-module set-up, not on what a reader sees.
  return renderToStaticMarkup(createElement(DiffText, { parts, created })).replace(/ class="[^"]*"/g, '');
}

const LABEL = (word: string) => `<span>${word}</span>`;

describe('DiffText', () => {
  test.each([
    {
      name: 'an addition is an <ins> labelled "added"',
      parts: [
        { kind: 'same', text: 'we ship ' },
        { kind: 'added', text: 'fast' },
      ] as DiffPart[],
      contains: [`we ship `, `<ins>${LABEL('added')}fast</ins>`],
    },
    {
      name: 'a removal is a <del> labelled "removed"',
      parts: [
        { kind: 'removed', text: 'slow' },
        { kind: 'same', text: ' builds' },
      ] as DiffPart[],
      contains: [`<del>${LABEL('removed')}slow</del>`, ' builds'],
    },
    {
      name: 'text is escaped, never read as HTML',
      parts: [{ kind: 'added', text: '<script>alert(1)</script>' }] as DiffPart[],
      contains: ['&lt;script&gt;alert(1)&lt;/script&gt;'],
    },
    {
      name: 'a whitespace-only addition is shown as plain text, without a label',
      parts: [
        { kind: 'same', text: 'a' },
        { kind: 'added', text: '\n\n' },
        { kind: 'added', text: 'b' },
      ] as DiffPart[],
      contains: ['<span>a</span><span>\n\n</span><ins>'],
    },
    {
      name: 'the summary counts words',
      parts: [
        { kind: 'added', text: 'two words' },
        { kind: 'removed', text: 'one' },
      ] as DiffPart[],
      contains: ['2 words added, 1 removed.'],
    },
  ])('$name', ({ parts, contains }) => {
    const html = render(parts);
    for (const piece of contains) expect(html).toContain(piece);
  });

  test('a whitespace-only removal is left out', () => {
    const html = render([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: '  ' },
      { kind: 'added', text: 'b' },
    ]);
    expect(html).not.toContain('<del>');
  });

  test('two versions that read the same say so', () => {
    expect(render([{ kind: 'same', text: 'all the same' }])).toContain('the same in both versions');
  });

  test('the first version is described as such', () => {
    expect(render([{ kind: 'added', text: 'A new page' }], true)).toContain('The first version of the page: 3 words.');
  });
});
