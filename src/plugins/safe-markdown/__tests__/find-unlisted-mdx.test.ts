import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../../tests/support/temp-site.ts';
import { formatProblem } from '../../../content/schema.ts';
import { MDX_ALLOW_LIST } from '../mdx-allow-list.ts';
import { findMdxFiles, findUnlistedMdx } from '../find-unlisted-mdx.ts';

const REPO_DIR = join(import.meta.dirname, '..', '..', '..', '..');
const tempDir = useTempDirs();

function siteWith(files: string[]): string {
  return tempDir('handbook-mdx-', Object.fromEntries(files.map((file) => [file, '# Page\n'])));
}

describe('findUnlistedMdx', () => {
  test.each([
    ['only .md pages', ['docs/a.md', 'blog/2026-01-01-post.md'], []],
    ['an .mdx page on the list', ['docs/start-here.mdx'], []],
    [
      'a new .mdx page in docs',
      ['docs/culture/new.mdx'],
      [
        'docs/culture/new.mdx:1: MDX: is not on the MDX allow-list (src/plugins/safe-markdown/mdx-allow-list.ts); MDX runs code, so rename the page to .md, or add it to the allow-list in a change the maintainers review',
      ],
    ],
    [
      '.mdx in the blog and in src/pages',
      ['blog/post/index.mdx', 'src/pages/about.mdx'],
      ['blog/post/index.mdx:1: MDX', 'src/pages/about.mdx:1: MDX'],
    ],
    ['.mdx outside the page folders is not a page', ['notes/draft.mdx'], []],
  ])('%s', (_, files, expected) => {
    const problems = findUnlistedMdx(siteWith(files), ['docs/start-here.mdx']).map(formatProblem);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(problems[index]?.startsWith(start)).toBe(true));
  });
});

describe('the handbook', () => {
  test('every .mdx page is on the allow-list', () => {
    expect(findUnlistedMdx(REPO_DIR).map(formatProblem)).toEqual([]);
  });

  test('the allow-list names only files that exist', () => {
    const found = new Set(findMdxFiles(REPO_DIR));
    expect(MDX_ALLOW_LIST.filter((file) => !found.has(file))).toEqual([]);
  });
});
