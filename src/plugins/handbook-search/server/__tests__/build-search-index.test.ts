import { gzipSync } from 'node:zlib';

import { describe, expect, test } from 'vitest';

import { IndexReader } from '../../shared/engine/index-reader.ts';
import { shardForTerm } from '../../shared/shards-for-term.ts';
import {
  PAGE_ROWS,
  type IndexManifest,
  type IndexPack,
  type IndexShard,
  type PageRows,
  type SectionChunk,
} from '../../shared/types.ts';
import { buildSearchIndex, choosePrefixes, MAX_SHARD_BYTES, PACK_BYTES } from '../build-search-index.ts';
import type { SearchSection } from '../collect-sections.ts';
import { memoryIndexLoader } from '../memory-index-loader.ts';

function page(url: string, sections: number, label = 'Culture', words = 'flame graphs show stacks'): SearchSection[] {
  return Array.from({ length: sections }, (_, index) => ({
    pageUrl: url,
    anchor: index === 0 ? '' : `part-${index}`,
    pageTitle: `Title of ${url}`,
    heading: index === 0 ? '' : `Part ${index}`,
    label,
    text: `${words} ${'filler text '.repeat(40)}`,
    boost: url === '/docs/glossary' ? 0.7 : 1,
  }));
}

const SECTIONS = [...page('/a', 3), ...page('/b', 2, 'Blog'), ...page('/docs/glossary', 4, 'Handbook')];

function read<T>(built: ReturnType<typeof buildSearchIndex>, path: string): T {
  return JSON.parse(built.files.get(path) ?? 'null') as T;
}

describe('buildSearchIndex', () => {
  const built = buildSearchIndex(SECTIONS, [['PMC', 'performance monitoring counter'], ['lonely']]);
  const manifest = read<IndexManifest>(built, 'manifest.json');

  test('describes the index in a small manifest', () => {
    expect(manifest).toMatchObject({
      sectionCount: 9,
      pageCount: 3,
      labels: ['Culture', 'Blog', 'Handbook'],
      pageStartDeltas: [0, 3, 2],
      pageLabels: [0, 1, 2],
      pageBoosts: { 2: 0.7 },
      synonyms: [['PMC', 'performance monitoring counter']],
    });
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
    expect(built.files.get('manifest.json')?.length).toBeLessThan(2_000);
  });

  test('puts every other file under the version, so a new build never mixes with a cached old one', () => {
    const others = [...built.files.keys()].filter((path) => path !== 'manifest.json');
    expect(others.every((path) => path.startsWith(`${manifest.version}/`))).toBe(true);
  });

  test('stores postings as section delta, field mask, weighted frequency', () => {
    const shardNumber = shardForTerm(manifest.shardPrefixes, 'flame');
    const shard = read<IndexShard>(built, `${manifest.version}/shard-${shardNumber}.json`);
    const [df, ...postings] = shard.terms.flame ?? [];
    expect(df).toBe(9);
    expect(postings).toHaveLength(27);
    expect(postings.filter((_, index) => index % 3 === 0)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1]);
    const formShard = shardForTerm(manifest.shardPrefixes, 'graphs');
    expect(read<IndexShard>(built, `${manifest.version}/shard-${formShard}.json`).forms.graphs).toBe('graph');
  });

  test('keeps a page within one metadata chunk when it is small', async () => {
    const reader = new IndexReader(memoryIndexLoader(built));
    await reader.manifest();
    const records = await Promise.all(SECTIONS.map((_, id) => reader.section(id)));
    expect(records.map((record) => record?.[0])).toEqual(SECTIONS.map((section) => section.pageUrl));
    for (let chunk = 0; chunk < manifest.chunkStarts.length; chunk++) {
      const pages = new Set(read<SectionChunk>(built, `${manifest.version}/sections-${chunk}.json`).map((r) => r[0]));
      const first = read<SectionChunk>(built, `${manifest.version}/sections-${chunk}.json`)[0]?.[1];
      expect(pages.size).toBeGreaterThan(0);
      expect(first).toBe('');
    }
  });
});

describe('the background packs', () => {
  /** Enough pages that the index needs several packs. */
  const many = Array.from({ length: 400 }, (_, number) =>
    page(`/p${number}`, 3, 'Culture', `word${number} topic${number % 37} flame graphs show stacks`),
  ).flat();
  const big = buildSearchIndex(many, []);
  const bigManifest = read<IndexManifest>(big, 'manifest.json');
  const packPaths = [...big.files.keys()].filter((path) => /\/pack-\d+\.json$/.test(path));

  test('hold every shard, section chunk and the vocabulary exactly once, with the content of its own file', () => {
    expect(bigManifest.packCount).toBeGreaterThan(1);
    expect(packPaths).toHaveLength(bigManifest.packCount);
    const seen = new Map<string, unknown>();
    for (let number = 0; number < bigManifest.packCount; number++) {
      for (const [kind, fileNumber, content] of read<IndexPack>(big, `${bigManifest.version}/pack-${number}.json`)) {
        const name = kind === 'vocabulary' ? 'vocabulary.json' : `${kind}-${fileNumber}.json`;
        expect(seen.has(name), `${name} is in two packs`).toBe(false);
        seen.set(name, content);
      }
    }
    const files = [...big.files.keys()].filter((path) => path !== 'manifest.json' && !packPaths.includes(path));
    expect([...seen.keys()].sort()).toEqual(files.map((path) => path.slice(bigManifest.version.length + 1)).sort());
    for (const [name, content] of seen) expect(content).toEqual(read(big, `${bigManifest.version}/${name}`));
  });

  test('come likeliest-needed first: the vocabulary, the page rows, the shards of the commonest words, then the section chunks', () => {
    const order = Array.from({ length: bigManifest.packCount }, (_, number) =>
      read<IndexPack>(big, `${bigManifest.version}/pack-${number}.json`),
    ).flat();
    expect(order[0]?.[0]).toBe('vocabulary');
    const kinds = order.map(([kind]) => kind);
    expect(kinds.lastIndexOf('pages')).toBeLessThan(kinds.indexOf('shard'));
    expect(kinds.lastIndexOf('shard')).toBeLessThan(kinds.indexOf('sections'));
    const shardOf = (term: string) => shardForTerm(bigManifest.shardPrefixes, term);
    const position = (shard: number) => order.findIndex(([kind, number]) => kind === 'shard' && number === shard);
    // "flame" is on every section, "word12" on one page's.
    expect(position(shardOf('flame'))).toBeLessThan(position(shardOf('word12')));
  });

  test("carry every page's URL and title in page order, PAGE_ROWS pages to an entry", async () => {
    const manyPages = Array.from({ length: PAGE_ROWS + 5 }, (_, number) => page(`/q${number}`, 1)).flat();
    const built = buildSearchIndex(manyPages, []);
    const manifest = read<IndexManifest>(built, 'manifest.json');
    const entries = Array.from({ length: manifest.packCount }, (_, number) =>
      read<IndexPack>(built, `${manifest.version}/pack-${number}.json`),
    )
      .flat()
      .filter((entry): entry is ['pages', number, PageRows] => entry[0] === 'pages');
    expect(entries.map(([, number]) => number)).toEqual([0, 1]);
    expect(entries.flatMap(([, , rows]) => rows)).toEqual(
      manyPages.map((section) => [section.pageUrl, section.pageTitle]),
    );

    const reader = new IndexReader(memoryIndexLoader(built));
    expect(reader.pageRow(PAGE_ROWS + 4)).toBeUndefined();
    for (let number = 0; number < manifest.packCount; number++) await reader.loadPack(number);
    expect(reader.pageRow(PAGE_ROWS + 4)).toEqual([`/q${PAGE_ROWS + 4}`, `Title of /q${PAGE_ROWS + 4}`]);
  });

  test('state their gzip size in the manifest, which the browser adds up against its allowance', () => {
    expect(bigManifest.packBytes).toHaveLength(bigManifest.packCount);
    packPaths.forEach((path, number) => {
      const size = gzipSync(big.files.get(`${bigManifest.version}/pack-${number}.json`) ?? '').length;
      expect(bigManifest.packBytes[number]).toBe(size);
      expect(size).toBeLessThan(big.files.get(path)?.length ?? 0);
    });
  });

  test('end with the one that takes their gzip total past the bytes the browser can reach', () => {
    const [first = 0, second = 0] = bigManifest.packBytes;
    expect(bigManifest.packCount).toBeGreaterThan(2);
    // A line the second pack passes: the index ends with it, and is otherwise the same.
    const cut = buildSearchIndex(many, [], undefined, first + second - 1);
    const cutManifest = read<IndexManifest>(cut, 'manifest.json');
    expect(cutManifest.packCount).toBe(2);
    expect(cutManifest.packBytes).toEqual([first, second]);
    expect(cutManifest.version).toBe(bigManifest.version);
    const packless = (built: typeof big) => [...built.files].filter(([path]) => !/pack-\d+\.json$/.test(path));
    expect(packless(cut).filter(([path]) => path !== 'manifest.json')).toEqual(
      packless(big).filter(([path]) => path !== 'manifest.json'),
    );
    for (const number of [0, 1]) {
      const path = `${bigManifest.version}/pack-${number}.json`;
      expect(cut.files.get(path)).toBe(big.files.get(path));
    }
    expect(cut.files.has(`${bigManifest.version}/pack-2.json`)).toBe(false);
    // A line their whole total does not pass leaves every pack.
    const total = bigManifest.packBytes.reduce((sum, bytes) => sum + bytes, 0);
    expect(read<IndexManifest>(buildSearchIndex(many, [], undefined, total), 'manifest.json').packCount).toBe(
      bigManifest.packCount,
    );
  });

  test('are cut at about PACK_BYTES', () => {
    const sizes = packPaths.map((path) => big.files.get(path)?.length ?? 0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PACK_BYTES + MAX_SHARD_BYTES);
    expect(sizes.slice(0, -1).every((size) => size > PACK_BYTES / 2)).toBe(true);
  });

  test('fill the reader, so no query asks for a shard, chunk or the vocabulary again', async () => {
    const load = memoryIndexLoader(big);
    const requested: string[] = [];
    const reader = new IndexReader((path) => {
      requested.push(path);
      return load(path);
    });
    for (let number = 0; number < bigManifest.packCount; number++) await reader.loadPack(number);
    requested.length = 0;
    const shard = await reader.shard(shardForTerm(bigManifest.shardPrefixes, 'word12'));
    expect(shard.terms.word12).toBeDefined();
    expect((await reader.section(many.length - 1))?.[0]).toBe('/p399');
    expect((await reader.vocabulary()).length).toBeGreaterThan(400);
    expect(requested).toEqual([]);
  });

  test('leave a file a query already asked for as it was', async () => {
    const load = memoryIndexLoader(big);
    const reader = new IndexReader(load);
    const before = reader.shard(0);
    for (let number = 0; number < bigManifest.packCount; number++) await reader.loadPack(number);
    expect(reader.shard(0)).toBe(before);
  });
});

describe('choosePrefixes', () => {
  test('splits a big first letter by the next letters and leaves small ones whole', () => {
    const sizes = new Map<string, number>([
      ['pa', MAX_SHARD_BYTES / 2],
      ['pe', MAX_SHARD_BYTES / 2],
      ['pr', MAX_SHARD_BYTES / 2],
      ['p', 10],
      ['q', 10],
      ['qu', 10],
    ]);
    expect(choosePrefixes(sizes)).toEqual(['p', 'pa', 'pe', 'pr', 'q']);
  });
});
