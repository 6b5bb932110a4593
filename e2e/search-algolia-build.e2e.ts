import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { buildVariant } from './support/variant-build.ts';
// With the three Algolia variables set the site builds with DocSearch instead
// of the built-in search, and the write key (present in the environment of
// a CI job that also pushes records) must never reach the output.
// The build uses its own generated-files folder and output folder.
// Try: npx vitest run --config e2e/vitest.config.mts e2e/search-algolia-build
const WRITE_KEY = 'write-key-must-not-ship-4f1c9a7e2b';
const SEARCH_KEY = 'search-only-key-may-ship-8d2e6b0c1a';
const BUILD_MINUTES = 10;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('building with Algolia DocSearch configured', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'handbook-algolia-build-'));
    await buildVariant({
      name: 'search-algolia',
      outDir,
      env: {
        ALGOLIA_APP_ID: 'FAKEAPPID',
        ALGOLIA_SEARCH_API_KEY: SEARCH_KEY,
        ALGOLIA_INDEX_NAME: 'handbook-test',
        ALGOLIA_WRITE_API_KEY: WRITE_KEY,
      },
      minutes: BUILD_MINUTES,
    });
  }, BUILD_MINUTES * 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the write key appears in no output file; the search-only key does', () => {
    const files = allFiles(outDir);
    expect(files.length).toBeGreaterThan(50);
    const withWriteKey = files.filter((file) => readFileSync(file).includes(WRITE_KEY));
    const withSearchKey = files.filter((file) => readFileSync(file).includes(SEARCH_KEY));
    expect(withWriteKey).toEqual([]);
    expect(withSearchKey.length).toBeGreaterThan(0);
  });

  test('DocSearch replaces the built-in search', () => {
    expect(existsSync(join(outDir, 'search-index'))).toBe(false);
    const html = readFileSync(join(outDir, 'docs/start-here.html'), 'utf8');
    expect(html).toMatch(/DocSearch/);
    expect(html).not.toMatch(/aria-label="Search the handbook"/);
  });
});
