import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { INDEX_URL_PATH } from '../shared/search-paths.ts';
import type { BuiltSearchIndex } from './build-search-index.ts';

export { INDEX_URL_PATH };

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

/** What the build log says of an index: its size, and where it went. */
export type IndexSummary = { sectionCount: number; pageCount: number; fileCount: number; bytes: number };

export function summarizeIndex(built: BuiltSearchIndex): IndexSummary {
  return {
    sectionCount: built.manifest.sectionCount,
    pageCount: built.manifest.pageCount,
    fileCount: built.files.size,
    bytes: [...built.files.values()].reduce((sum, content) => sum + content.length, 0),
  };
}

/**
 * Moves an index written under `fromDir` into `toDir` (both get a
 * search-index/ folder): a rename when both are on one file system, a copy
 * when not. Returns the new folder.
 */
export function moveSearchIndex(fromDir: string, toDir: string): string {
  const from = join(fromDir, INDEX_URL_PATH);
  const to = join(toDir, INDEX_URL_PATH);
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  return to;
}
