// Throw-away folders holding a few files, for tests that need a site on disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** Writes each file (a path under `dir`, and its text), making the folders it needs. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Returns a maker of temporary folders, each holding the given files. Every
 * folder it made is removed after the tests of the file or `describe` block
 * it was called in.
 */
export function useTempDirs(): (prefix: string, files?: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (prefix, files = {}) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    writeFiles(dir, files);
    return dir;
  };
}
