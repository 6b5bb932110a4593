import { describe, expect, test } from 'vitest';

import { formatProblem } from '../../../content/schema.ts';
import { parseRedirects, renderRedirects, withMove } from '../server/redirect-list.ts';

describe('parseRedirects', () => {
  test('reads from and to with the line of each entry', () => {
    const { redirects, problems } = parseRedirects(
      '# moved\n- from: /docs/a\n  to: /docs/b\n- from: /docs/c\n  to: /docs/d\n',
    );
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/docs/a', to: '/docs/b', line: 2 },
      { from: '/docs/c', to: '/docs/d', line: 4 },
    ]);
  });

  test.each([
    [
      'YAML syntax',
      '- from: "/docs/a\n  to: /docs/b\n',
      /^src\/data\/redirects\.yml:\d+: YAML: .*fix the YAML syntax$/,
    ],
    ['not a list', 'from: /docs/a\n', /^src\/data\/redirects\.yml:1: redirects: must be a list/],
    ['missing to', '- from: /docs/a\n', /^src\/data\/redirects\.yml:1: to: is missing; give a site path/],
    [
      'relative from',
      '- from: docs/a\n  to: /docs/b\n',
      /^src\/data\/redirects\.yml:1: from: "docs\/a" is not a site path/,
    ],
    [
      'trailing slash',
      '- from: /docs/a/\n  to: /docs/b\n',
      /:1: from: "\/docs\/a\/" ends with "\/"; drop the trailing slash/,
    ],
    ['query in target', '- from: /docs/a\n  to: /docs/b?x=1\n', /:2: to: "\/docs\/b\?x=1" is not a site path/],
    ['html suffix', '- from: /docs/a.html\n  to: /docs/b\n', /:1: from: .*ends with \.html/],
    ['unknown field', '- from: /docs/a\n  to: /docs/b\n  status: 302\n', /:1: status: is not a redirect field/],
    ['to itself', '- from: /docs/a\n  to: /docs/a\n', /:1: to: "\/docs\/a" redirects to itself/],
    [
      'same from twice',
      '- from: /docs/a\n  to: /docs/b\n- from: /docs/a\n  to: /docs/c\n',
      /:3: from: "\/docs\/a" is already redirected on line 1; keep one entry/,
    ],
  ])('%s is reported as file:line: field: problem', (_name, text, expected) => {
    const { problems } = parseRedirects(text);
    expect(problems.map(formatProblem).join('\n')).toMatch(expected);
  });

  test('the empty list written by the move command parses to no redirects', () => {
    expect(parseRedirects(renderRedirects([]))).toEqual({ redirects: [], problems: [] });
  });
});

describe('withMove', () => {
  test.each([
    { name: 'adds the old address', before: [], move: ['/a', '/b'], after: [{ from: '/a', to: '/b' }] },
    {
      name: 'earlier redirects to the old address follow the page (no chains)',
      before: [{ from: '/x', to: '/a' }],
      move: ['/a', '/b'],
      after: [
        { from: '/x', to: '/b' },
        { from: '/a', to: '/b' },
      ],
    },
    {
      name: 'moving a page back drops the redirect that would hide it',
      before: [{ from: '/a', to: '/b' }],
      move: ['/b', '/a'],
      after: [{ from: '/b', to: '/a' }],
    },
  ])('$name', ({ before, move, after }) => {
    expect(withMove(before, move[0] ?? '', move[1] ?? '')).toEqual(after);
  });

  test('the rendered list reads back as the same redirects', () => {
    const moves = [{ from: '/docs/a', to: '/docs/b' }];
    expect(parseRedirects(renderRedirects(moves)).redirects.map(({ from, to }) => ({ from, to }))).toEqual(moves);
  });
});
