// The handbook's pages with their raw source, as every check reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readHandbookPages, type HandbookPage } from '../../src/content/handbook-pages.ts';

export type SourcePage = HandbookPage & { source: string };

export function readSourcePages(siteDir: string): SourcePage[] {
  return readHandbookPages(siteDir).map((page) => ({
    ...page,
    source: readFileSync(join(siteDir, page.file), 'utf8'),
  }));
}
