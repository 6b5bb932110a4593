import { describe, expect, test, vi } from 'vitest';

import { buildAlgoliaRecords, MAX_CONTENT_LENGTH } from '../algolia-records.ts';
import type { SearchSection } from '../collect-sections.ts';
import { pushAlgoliaRecords, type AlgoliaWriteClient } from '../push-algolia-records.ts';
import { readAlgoliaWriteEnv } from '../read-algolia-write-env.ts';

const SECTION: SearchSection = {
  pageUrl: '/docs/work-updates/pmcs-in-the-cloud',
  anchor: 'how-it-turned-out',
  pageTitle: 'PMCs in the cloud',
  heading: 'How it turned out',
  label: 'Work Updates',
  text: 'Counters became available.',
  boost: 1,
};

describe('buildAlgoliaRecords', () => {
  test('makes a DocSearch record with absolute URLs, hierarchy and contextual-search facets', () => {
    const [record] = buildAlgoliaRecords([SECTION], 'https://handbook.example.com/sub/');
    expect(record).toMatchObject({
      url: 'https://handbook.example.com/sub/docs/work-updates/pmcs-in-the-cloud#how-it-turned-out',
      url_without_anchor: 'https://handbook.example.com/sub/docs/work-updates/pmcs-in-the-cloud',
      anchor: 'how-it-turned-out',
      type: 'content',
      hierarchy: { lvl0: 'Work Updates', lvl1: 'PMCs in the cloud', lvl2: 'How it turned out', lvl3: null },
      content: 'Counters became available.',
      language: 'en',
      docusaurus_tag: ['default', 'docs-default-current'],
    });
  });

  test.each([
    ['an introduction', { anchor: '', heading: '' }, 'https://x.test/docs/work-updates/pmcs-in-the-cloud', null],
    ['a heading', {}, 'https://x.test/docs/work-updates/pmcs-in-the-cloud#how-it-turned-out', 'How it turned out'],
  ])('%s', (_name, change, url, lvl2) => {
    const [record] = buildAlgoliaRecords([{ ...SECTION, ...change }], 'https://x.test');
    expect(record?.url).toBe(url);
    expect(record?.hierarchy.lvl2).toBe(lvl2);
  });

  test('splits long sections so no record passes the size limit, with stable distinct ids', () => {
    const text = 'word '.repeat(3 * MAX_CONTENT_LENGTH);
    const records = buildAlgoliaRecords([{ ...SECTION, text }], 'https://x.test');
    expect(records.length).toBeGreaterThan(3);
    expect(records.every((record) => JSON.stringify(record).length < 10_000)).toBe(true);
    expect(new Set(records.map((record) => record.objectID)).size).toBe(records.length);
    expect(buildAlgoliaRecords([{ ...SECTION, text }], 'https://x.test').map((record) => record.objectID)).toEqual(
      records.map((record) => record.objectID),
    );
  });
});

describe('pushAlgoliaRecords', () => {
  test('sets settings, replaces all objects in batches, then saves the glossary synonyms', async () => {
    const calls: string[] = [];
    const client: AlgoliaWriteClient = {
      setSettings: vi.fn(async () => calls.push('setSettings')),
      replaceAllObjects: vi.fn(async () => calls.push('replaceAllObjects')),
      saveSynonyms: vi.fn(async () => calls.push('saveSynonyms')),
    };
    const records = buildAlgoliaRecords(
      Array.from({ length: 7 }, () => SECTION),
      'https://x.test',
    );
    const summary = await pushAlgoliaRecords(
      client,
      'handbook',
      records,
      [['PMC', 'performance monitoring counter'], ['solo']],
      3,
    );
    expect(calls).toEqual(['setSettings', 'replaceAllObjects', 'saveSynonyms']);
    expect(client.replaceAllObjects).toHaveBeenCalledWith({ indexName: 'handbook', objects: records, batchSize: 3 });
    expect(client.saveSynonyms).toHaveBeenCalledWith({
      indexName: 'handbook',
      synonymHit: [{ objectID: 'glossary-0', type: 'synonym', synonyms: ['PMC', 'performance monitoring counter'] }],
      replaceExistingSynonyms: true,
    });
    expect(summary).toEqual({ records: 7, batches: 3, synonyms: 1 });
  });

  test('a failed push is reported, not swallowed', async () => {
    const client: AlgoliaWriteClient = {
      setSettings: async () => undefined,
      replaceAllObjects: async () => {
        throw new Error('Invalid Application-ID or API key');
      },
      saveSynonyms: async () => undefined,
    };
    await expect(pushAlgoliaRecords(client, 'handbook', [], [])).rejects.toThrow(/Invalid Application-ID/);
  });
});

describe('readAlgoliaWriteEnv', () => {
  const FULL = { ALGOLIA_APP_ID: 'APP', ALGOLIA_WRITE_API_KEY: 'write', ALGOLIA_INDEX_NAME: 'handbook' };
  test.each([
    ['ALGOLIA_APP_ID', { ...FULL, ALGOLIA_APP_ID: '' }],
    ['ALGOLIA_WRITE_API_KEY', { ...FULL, ALGOLIA_WRITE_API_KEY: undefined }],
    ['ALGOLIA_INDEX_NAME', { ...FULL, ALGOLIA_INDEX_NAME: '  ' }],
  ])('names the missing %s', (name, env) => {
    expect(() => readAlgoliaWriteEnv(env)).toThrow(new RegExp(`${name} is not set[\\s\\S]*--dry-run`));
  });

  test('reads all three when set', () => {
    expect(readAlgoliaWriteEnv(FULL)).toEqual({ appId: 'APP', writeApiKey: 'write', indexName: 'handbook' });
  });
});
