import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { buildSiteSearchIndex } from '../index.ts';
import { buildSiteSearchIndexInWorker } from '../index-in-worker.ts';

const SITE_DIR = resolve(__dirname, '../../../../..');

describe('buildSiteSearchIndexInWorker', () => {
  const badSite = mkdtempSync(join(tmpdir(), 'search-worker-'));
  afterAll(() => rmSync(badSite, { recursive: true, force: true }));

  test('builds the same index, file for file, as the main thread does', async () => {
    const loaded = {
      pages: new Map([['docs/culture/culture-deck.md', { url: '/docs/culture/culture-deck', title: 'Deck' }]]),
    };
    const { built } = await buildSiteSearchIndexInWorker(SITE_DIR, loaded);
    const inline = buildSiteSearchIndex(SITE_DIR, loaded);
    expect(built.manifest.sectionCount).toBeGreaterThan(1);
    expect(built.manifest).toEqual(inline.manifest);
    expect([...built.files]).toEqual([...inline.files]);
  }, 30_000);

  test("rejects with the worker's own error, naming the file and the field", async () => {
    mkdirSync(join(badSite, 'src', 'data'), { recursive: true });
    writeFileSync(
      join(badSite, 'src', 'data', 'glossary.yml'),
      '- id: Flame Graph\n  term: Flame graph\n  definition: x\n',
    );
    await expect(buildSiteSearchIndexInWorker(badSite, { pages: new Map() })).rejects.toThrow(
      'src/data/glossary.yml: entry 0.id: use kebab-case',
    );
  }, 30_000);
});
