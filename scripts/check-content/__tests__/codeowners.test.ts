import { describe, expect, test } from 'vitest';

import type { Owner } from '../../../src/content/schema.ts';
import { renderCodeowners } from '../codeowners.ts';

const owners: Owner[] = [
  { id: 'perf-eng', name: 'Performance Engineering', description: 'd', github: '@org/perf-eng' },
  { id: 'handbook-maintainers', name: 'Handbook maintainers', description: 'd', github: '@org/maintainers' },
];

const page = (file: string, owner: string, kind: 'doc' | 'blog' = 'doc') => ({ kind, file, frontMatter: { owner } });

describe('renderCodeowners', () => {
  const rendered = renderCodeowners(
    [
      page('docs/z-last.md', 'perf-eng'),
      page('docs/a first.md', 'handbook-maintainers'),
      page('docs/tools.mdx', 'perf-eng'),
      page('blog/2026-01-01-post/index.md', 'perf-eng', 'blog'),
    ],
    owners,
  );
  const lines = rendered.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

  test.each([
    ['the catch-all goes to the maintainers, first (the last match wins)', 0, '* @org/maintainers'],
    ['code goes to the maintainers', lines.indexOf('/src/ @org/maintainers'), '/src/ @org/maintainers'],
    ['a doc goes to its owner', lines.length - 1, '/docs/z-last.md @org/perf-eng'],
    ['spaces in a path are escaped', lines.length - 3, '/docs/a\\ first.md @org/maintainers'],
    ['an MDX doc also needs a maintainer', lines.length - 2, '/docs/tools.mdx @org/perf-eng @org/maintainers'],
  ])('%s', (_, index, expected) => {
    expect(lines[index]).toBe(expected);
  });

  test('blog posts fall to the catch-all', () => {
    expect(rendered).not.toMatch(/blog\//);
  });

  test('without a maintainers entry it says what to add', () => {
    expect(() => renderCodeowners([], owners.slice(0, 1))).toThrow(/owner "handbook-maintainers" is missing; add it/);
  });
});
