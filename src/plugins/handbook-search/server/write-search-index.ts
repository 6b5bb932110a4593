import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { INDEX_URL_PATH } from '../shared/search-paths.ts';
import type { BuiltSearchIndex } from './build-search-index.ts';

export { INDEX_URL_PATH };

/** An index already on disk: its files (as BuiltSearchIndex.files) under `root`, a search-index/ folder. */
export type WrittenIndex = { root: string; files: ReadonlyMap<string, string> };

/** A file's name within its version folder ('manifest.json' has none). */
const nameInVersion = (path: string) => path.slice(path.indexOf('/') + 1);

/**
 * Replaces <outDir>/search-index with the built index (old versions are
 * removed). Given the index served before (`npm start`), a file whose content
 * it already holds under the same name is hard-linked from there instead of
 * written again: after a save most files are unchanged. The manifest is
 * always written.
 */
export function writeSearchIndex(outDir: string, built: BuiltSearchIndex, previous?: WrittenIndex): string {
  const root = join(outDir, INDEX_URL_PATH);
  rmSync(root, { recursive: true, force: true });
  const previousByName = new Map<string, { path: string; content: string }>();
  for (const [path, content] of previous?.files ?? []) {
    if (path.includes('/')) previousByName.set(nameInVersion(path), { path, content });
  }
  for (const [path, content] of built.files) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    const before = path.includes('/') ? previousByName.get(nameInVersion(path)) : undefined;
    if (previous && before?.content === content && linked(join(previous.root, before.path), file)) continue;
    writeFileSync(file, content);
  }
  return root;
}

/** Links `file` to `existing`; false when that cannot be done (the file is gone, another file system). */
function linked(existing: string, file: string): boolean {
  try {
    linkSync(existing, file);
    return true;
  } catch {
    return false;
  }
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
 * when not. The old folder is renamed aside before the new one goes in and
 * removed after, so a server reading `toDir` (`npm start`) finds no index
 * missing for longer than two renames. The removals are asynchronous: under
 * `npm start` they run beside the dev server, whose thread a synchronous
 * removal of every old file held up (design/dev-loop.md). Resolves with the
 * new folder.
 */
export async function moveSearchIndex(fromDir: string, toDir: string): Promise<string> {
  const from = join(fromDir, INDEX_URL_PATH);
  const to = join(toDir, INDEX_URL_PATH);
  const aside = `${to}.old`;
  await rm(aside, { recursive: true, force: true });
  try {
    renameSync(to, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
  await rm(aside, { recursive: true, force: true });
  return to;
}
