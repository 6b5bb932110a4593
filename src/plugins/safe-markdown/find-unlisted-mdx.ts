// MDX pages run code at build time and in every reader's browser, so only the
// files on the allow-list may exist. check:content and the build both ask
// this function, so they refuse the same files with the same message.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { ContentProblem } from '../../content/schema.ts';
import { MDX_ALLOW_LIST } from './mdx-allow-list.ts';

const MDX_ALLOW_LIST_FILE = 'src/plugins/safe-markdown/mdx-allow-list.ts';

/** The folders Docusaurus turns into pages. */
const PAGE_FOLDERS = ['docs', 'blog', 'src/pages'];

/** Every .mdx file under the page folders, as a site-relative path with forward slashes. */
export function findMdxFiles(siteDir: string): string[] {
  return PAGE_FOLDERS.flatMap((folder) => {
    try {
      return readdirSync(join(siteDir, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
        .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    } catch {
      return [];
    }
  }).sort();
}

/** One problem per .mdx page that is not on the allow-list. */
export function findUnlistedMdx(siteDir: string, allowList: readonly string[] = MDX_ALLOW_LIST): ContentProblem[] {
  return findMdxFiles(siteDir)
    .filter((file) => !allowList.includes(file))
    .map((file) => ({
      file,
      line: 1,
      field: 'MDX',
      message: `is not on the MDX allow-list (${MDX_ALLOW_LIST_FILE}); MDX runs code, so rename the page to .md, or add it to the allow-list in a change the maintainers review`,
    }));
}
