import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

import { MDX_ALLOW_LIST } from '../mdx-allow-list.ts';

const siteDir = join(__dirname, '..', '..', '..', '..');

function mdxFilesUnder(dir: string): string[] {
  return readdirSync(join(siteDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('MDX pages', () => {
  test('every .mdx page is on the allow-list (src/plugins/safe-markdown/mdx-allow-list.ts)', () => {
    const found = ['docs', 'blog', 'src/pages'].flatMap(mdxFilesUnder);
    expect(found.filter((file) => !MDX_ALLOW_LIST.includes(file))).toEqual([]);
  });

  test('the allow-list names only files that exist', () => {
    const found = new Set(['docs', 'blog', 'src/pages'].flatMap(mdxFilesUnder));
    expect(MDX_ALLOW_LIST.filter((file) => !found.has(file))).toEqual([]);
  });
});
