import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { createDevIndexer } from '../dev-index.ts';
import type { LoadedContent } from '../read-search-pages.ts';

const content = (...files: string[]): LoadedContent => ({
  pages: new Map(files.map((file) => [file, { url: `/${file}`, title: file }])),
});

describe('the search index under npm start', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dev-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** An indexer whose "index" is the list of files it was given, written where the real one goes. */
  function indexer(builds: string[][], fail: unknown[] = []) {
    return createDevIndexer({
      siteDir: dir,
      staticDir: join(dir, 'static'),
      workDir: join(dir, 'work'),
      waitMs: 20,
      afterCompileMs: 0,
      report: () => {},
      fail: (error) => fail.push(error),
      build: async (loaded, workDir) => {
        const files = [...loaded.pages.keys()];
        if (files.includes('broken.md')) throw new Error('broken.md: cannot index');
        builds.push(files);
        mkdirSync(join(workDir, 'search-index'), { recursive: true });
        writeFileSync(join(workDir, 'search-index', 'manifest.json'), JSON.stringify(files));
        return { summary: { sectionCount: 0, pageCount: files.length, fileCount: 1, bytes: 0 }, milliseconds: 1 };
      },
    });
  }
  const served = () => JSON.parse(readFileSync(join(dir, 'static', 'search-index', 'manifest.json'), 'utf8'));

  test('the first index waits for the first compile, then the served index holds the content', async () => {
    const builds: string[][] = [];
    const dev = indexer(builds);
    dev.schedule(content('a.md'));
    await new Promise((done) => setTimeout(done, 60));
    expect(builds).toEqual([]);
    dev.compiled();
    await dev.settled();
    expect(served()).toEqual(['a.md']);
  });

  test('saves made before the index is built fold into one build of the newest content', async () => {
    const builds: string[][] = [];
    const dev = indexer(builds);
    dev.compiled();
    dev.schedule(content('a.md'));
    dev.schedule(content('a.md', 'new.md'));
    dev.schedule(content('new.md'));
    await dev.settled();
    expect(builds).toEqual([['new.md']]);
    expect(served()).toEqual(['new.md']);
  });

  test('a save with no compile after it is indexed after a short wait', async () => {
    const builds: string[][] = [];
    const dev = indexer(builds);
    dev.compiled();
    dev.schedule(content('b.md'));
    await new Promise((done) => setTimeout(done, 200));
    expect(builds).toEqual([['b.md']]);
  });

  test('a failed build is reported and the next save is indexed again', async () => {
    const builds: string[][] = [];
    const failures: unknown[] = [];
    const dev = indexer(builds, failures);
    dev.compiled();
    dev.schedule(content('broken.md'));
    await dev.settled();
    expect(String(failures[0])).toContain('broken.md: cannot index');
    dev.schedule(content('c.md'));
    dev.compiled();
    await dev.settled();
    expect(served()).toEqual(['c.md']);
  });
});
