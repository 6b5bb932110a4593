import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { buildSiteSearchIndex, INDEX_URL_PATH, moveSearchIndex, summarizeIndex } from '../index.ts';
import { buildSiteSearchIndexInWorker } from '../index-in-worker.ts';

const SITE_DIR = resolve(__dirname, '../../../../..');

describe('buildSiteSearchIndexInWorker', () => {
  const badSite = mkdtempSync(join(tmpdir(), 'search-worker-'));
  const outDir = mkdtempSync(join(tmpdir(), 'search-worker-out-'));
  afterAll(() => {
    rmSync(badSite, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  test('writes the same index, file for file, as the main thread builds', async () => {
    const loaded = {
      pages: new Map([['docs/culture/culture-deck.md', { url: '/docs/culture/culture-deck', title: 'Deck' }]]),
    };
    const { summary } = await buildSiteSearchIndexInWorker(SITE_DIR, loaded, outDir);
    const inline = buildSiteSearchIndex(SITE_DIR, loaded);
    expect(summary.sectionCount).toBeGreaterThan(1);
    expect(summary).toEqual(summarizeIndex(inline));
    for (const [path, content] of inline.files) {
      expect(readFileSync(join(outDir, INDEX_URL_PATH, path), 'utf8'), path).toBe(content);
    }
  }, 30_000);

  test("rejects with the worker's own error, naming the file and the field", async () => {
    mkdirSync(join(badSite, 'src', 'data'), { recursive: true });
    writeFileSync(
      join(badSite, 'src', 'data', 'glossary.yml'),
      '- id: Flame Graph\n  term: Flame graph\n  definition: x\n',
    );
    await expect(buildSiteSearchIndexInWorker(badSite, { pages: new Map() }, outDir)).rejects.toThrow(
      'src/data/glossary.yml: entry 0.id: use kebab-case',
    );
  }, 30_000);
});

describe('moveSearchIndex', () => {
  test('moves the folder into the output, replacing an index already there', async () => {
    const from = mkdtempSync(join(tmpdir(), 'search-move-from-'));
    const to = mkdtempSync(join(tmpdir(), 'search-move-to-'));
    try {
      mkdirSync(join(from, INDEX_URL_PATH, 'abc'), { recursive: true });
      writeFileSync(join(from, INDEX_URL_PATH, 'abc', 'shard-0.json'), '{"new":true}');
      mkdirSync(join(to, INDEX_URL_PATH, 'old'), { recursive: true });
      writeFileSync(join(to, INDEX_URL_PATH, 'old', 'shard-0.json'), '{}');
      expect(await moveSearchIndex(from, to)).toBe(join(to, INDEX_URL_PATH));
      expect(readFileSync(join(to, INDEX_URL_PATH, 'abc', 'shard-0.json'), 'utf8')).toBe('{"new":true}');
      expect(() => readFileSync(join(to, INDEX_URL_PATH, 'old', 'shard-0.json'))).toThrow(/ENOENT/);
      expect(() => readFileSync(join(from, INDEX_URL_PATH, 'abc', 'shard-0.json'))).toThrow(/ENOENT/);
    } finally {
      rmSync(from, { recursive: true, force: true });
      rmSync(to, { recursive: true, force: true });
    }
  });
});
