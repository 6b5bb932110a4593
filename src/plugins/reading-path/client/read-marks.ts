// The sidebar's "read" ticks as one style rule naming the links of the pages
// the reader has marked, instead of a wrapper around every sidebar link: in
// a 2,000-page handbook the sidebar renders up to 2,000 links on every page,
// and a per-link component with its own subscription cost server rendering
// time and one listener per link (design/page-reading-at-build.md).

/** A string as the inside of a double-quoted CSS string. */
function cssString(value: string): string {
  return (
    value
      .replace(/["\\]/g, '\\$&')
      // eslint-disable-next-line no-control-regex -- control characters are what this escapes
      .replace(/[\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)
  );
}

/**
 * The tick drawn after a read page's label. The alternative text after the
 * slash is what a screen reader hears, since the tick itself is drawn with
 * borders; its colour follows the theme (src/css/custom.css).
 */
const TICK = [
  "content: '' / ', read'",
  'flex: none',
  'width: 0.35rem',
  'height: 0.7rem',
  'margin-left: 0.5rem',
  'margin-right: 0.2rem',
  'border: solid var(--handbook-read-tick-color)',
  'border-width: 0 2px 2px 0',
  'transform: rotate(45deg) translateY(-0.1rem)',
].join('; ');

/**
 * CSS that ticks the sidebar links of these pages (paths as stored by
 * read-pages.ts, without a trailing slash), or '' when there are none.
 */
export function readMarksCss(readPages: Iterable<string>): string {
  const selectors = [...readPages]
    .filter((path) => path.startsWith('/'))
    .flatMap((path) => {
      const quoted = cssString(path);
      return [`[href="${quoted}"]`, `[href="${quoted}/"]`];
    })
    .map((href) => `.theme-doc-sidebar-item-link > a.menu__link${href}::after`);
  return selectors.length > 0 ? `${selectors.join(',\n')} { ${TICK}; }` : '';
}
