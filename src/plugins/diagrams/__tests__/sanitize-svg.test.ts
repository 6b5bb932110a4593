import { describe, expect, test } from 'vitest';

import { sanitizeSvg } from '../server/sanitize-svg.ts';

describe('sanitizeSvg keeps the drawing and drops what runs script', () => {
  test.each([
    ['a script element', '<svg><script>alert(1)</script><rect/></svg>', /<script/i],
    ['an onload attribute', '<svg onload="alert(2)"><rect/></svg>', /onload/i],
    [
      'an onerror inside a foreignObject',
      '<svg><foreignObject><img src=x onerror="alert(3)"></foreignObject></svg>',
      /onerror|foreignObject|<img/i,
    ],
    ['a javascript: link', '<svg><a href="javascript:alert(4)"><text>x</text></a></svg>', /javascript:/i],
    [
      'a spaced-out javascript: link',
      '<svg><a xlink:href=" java\tscript:alert(5)"><text>x</text></a></svg>',
      /script:/i,
    ],
    ['a <use> of an outside file', '<svg><use href="https://example.com/x.svg#a"/></svg>', /example\.com/],
    [
      'an animate that sets an href',
      '<svg><a><animate attributeName="href" to="javascript:alert(6)"/></a></svg>',
      /animate|alert/,
    ],
  ])('%s', (_name, input, unwanted) => {
    const output = sanitizeSvg(input);
    expect(output).toMatch(/^<svg/);
    expect(output).not.toMatch(unwanted);
  });

  test('its own scoped style, title, description and ARIA stay', () => {
    const input =
      '<svg id="d" role="graphics-document document" aria-labelledby="t"><title id="t">Steps</title><desc>Two</desc><style>#d .node{fill:#fff}</style><use href="#m"/></svg>';
    const output = sanitizeSvg(input);
    expect(output).toContain('<style>#d .node{fill:#fff}</style>');
    expect(output).toContain('<title id="t">Steps</title>');
    expect(output).toContain('<desc>Two</desc>');
    expect(output).toContain('aria-labelledby="t"');
    expect(output).toContain('role="graphics-document document"');
    expect(output).toContain('<use href="#m"');
  });
});
