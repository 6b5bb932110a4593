// The handbook's pages with their raw source, as every check reads them.
import { join } from 'node:path';

import { readMarkdownFile } from '../../src/content/front-matter.ts';
import { readHandbookPages, type HandbookPage } from '../../src/content/handbook-pages.ts';

export type SourcePage = HandbookPage & { source: string };

export function readSourcePages(siteDir: string): SourcePage[] {
  return readHandbookPages(siteDir).map((page) => ({
    ...page,
    source: readMarkdownFile(join(siteDir, page.file)),
  }));
}
