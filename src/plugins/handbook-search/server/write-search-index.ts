import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { BuiltSearchIndex } from './build-search-index.ts';

/** The folder name under the site's URL: files are served at <baseUrl>search-index/. */
export const INDEX_URL_PATH = 'search-index';

/** Replaces <staticDir>/search-index with the built index (old versions are removed). */
export function writeSearchIndex(staticDir: string, built: BuiltSearchIndex): string {
  const root = join(staticDir, INDEX_URL_PATH);
  rmSync(root, { recursive: true, force: true });
  for (const [path, content] of built.files) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
