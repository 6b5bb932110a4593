import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { createDevIndexer, persistentWorkerBuild } from '../dev-index.ts';
import { buildSiteSearchIndex, INDEX_URL_PATH, summarizeIndex } from '../index.ts';
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
      servedDir: join(dir, 'static'),
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

  test('a rebuild not yet started waits while a compile is coming, and starts once it is done', async () => {
    const builds: string[][] = [];
    const dev = indexer(builds);
    dev.compiled();
    dev.schedule(content('c.md'));
    dev.compiling();
    await new Promise((done) => setTimeout(done, 200));
    expect(builds).toEqual([]);
    dev.compiled();
    await dev.settled();
    expect(builds).toEqual([['c.md']]);
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

describe('persistentWorkerBuild', () => {
  const SITE_DIR = resolve(__dirname, '../../../../..');
  const page = (title: string): LoadedContent => ({
    pages: new Map([['docs/culture/culture-deck.md', { url: '/docs/culture/culture-deck', title }]]),
  });

  test('one worker answers build after build, each the index the main thread builds', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dev-index-worker-'));
    const build = persistentWorkerBuild(SITE_DIR);
    try {
      for (const title of ['Deck', 'The deck, renamed']) {
        const { summary } = await build(page(title), outDir, join(outDir, 'served'));
        const inline = buildSiteSearchIndex(SITE_DIR, page(title));
        expect(summary).toEqual(summarizeIndex(inline));
        const manifest = inline.files.get('manifest.json');
        expect(readFileSync(join(outDir, INDEX_URL_PATH, 'manifest.json'), 'utf8')).toBe(manifest);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);

  test("a site the index cannot be built for rejects with the worker's own error", async () => {
    const badSite = mkdtempSync(join(tmpdir(), 'dev-index-bad-'));
    try {
      mkdirSync(join(badSite, 'src', 'data'), { recursive: true });
      writeFileSync(
        join(badSite, 'src', 'data', 'glossary.yml'),
        '- id: Flame Graph\n  term: Flame graph\n  definition: x\n',
      );
      await expect(
        persistentWorkerBuild(badSite)({ pages: new Map() }, join(badSite, 'out'), join(badSite, 'served')),
      ).rejects.toThrow('src/data/glossary.yml: entry 0.id: use kebab-case');
    } finally {
      rmSync(badSite, { recursive: true, force: true });
    }
  }, 60_000);
});
