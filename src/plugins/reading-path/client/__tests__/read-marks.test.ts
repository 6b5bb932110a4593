import { describe, expect, test } from 'vitest';

import { readMarksCss } from '../read-marks.ts';

describe('readMarksCss', () => {
  test('nothing read: no rule at all', () => {
    expect(readMarksCss([])).toBe('');
  });

  test('ticks the sidebar link of each read page, with or without a trailing slash', () => {
    const css = readMarksCss(['/docs/culture/meetings', '/handbook/docs/start-here']);
    const selectors = css.slice(0, css.indexOf(' {')).split(',\n');
    expect(selectors).toEqual([
      '.theme-doc-sidebar-item-link > a.menu__link[href="/docs/culture/meetings"]::after',
      '.theme-doc-sidebar-item-link > a.menu__link[href="/docs/culture/meetings/"]::after',
      '.theme-doc-sidebar-item-link > a.menu__link[href="/handbook/docs/start-here"]::after',
      '.theme-doc-sidebar-item-link > a.menu__link[href="/handbook/docs/start-here/"]::after',
    ]);
    expect(css).toMatch(/\{ content: '' \/ ', read'; .*border: solid var\(--handbook-read-tick-color\).*; \}$/);
  });

  test('a stored value cannot end the selector or the rule: quotes, backslashes and line breaks are escaped', () => {
    const css = readMarksCss(['/docs/a"] , body { display: none } [x="\\\n']);
    expect(css).toContain('[href="/docs/a\\"] , body { display: none } [x=\\"\\\\\\a "]');
    // Exactly one rule: the braces inside the value stay inside the string.
    expect(css.match(/\{ content/g)).toHaveLength(1);
  });

  test('values that are not site paths are ignored', () => {
    expect(readMarksCss(['docs/relative', 'javascript:alert(1)', ''])).toBe('');
  });
});
