import { describe, expect, test } from 'vitest';

import { buildSearchIndex } from '../../../server/build-search-index.ts';
import type { SearchSection } from '../../../server/collect-sections.ts';
import { memoryIndexLoader } from '../../../server/memory-index-loader.ts';
import type { IndexManifest, IndexPack, PageHit } from '../../types.ts';
import { IndexReader } from '../index-reader.ts';
import { search, StaleQuery } from '../search.ts';

// A small handbook written for these tests: each page exists to prove one
// matching rule. Pages are identified by URL.
function section(pageUrl: string, heading: string, text: string, label = 'Culture'): SearchSection {
  return {
    pageUrl,
    anchor: heading.toLowerCase().replace(/\s+/g, '-'),
    pageTitle: pageUrl.slice(1),
    heading,
    label,
    text,
    boost: 1,
  };
}

const FILLER = 'The team writes notes about its work and shares them with everyone each week.';

const SECTIONS: SearchSection[] = [
  section('/microservices', 'Architecture', 'A microservice architecture splits the product into many services.'),
  section('/tracing', 'Kernel', 'The tracer records traces of kernel events.', 'Work Updates'),
  section('/counters', 'Hardware', 'Reading performance monitoring counters needs hypervisor support.', 'Work Updates'),
  section('/pmc-notes', 'Access', 'A PMC counts cycles and cache misses.', 'Work Updates'),
  section('/culture-deck', 'Values', 'The culture deck describes freedom and responsibility.'),
  section('/flame-only', 'Profiles', 'A flame is not a chart.'),
  section('/graphs-only', 'Charts', 'Graphs of latency and throughput.'),
  section('/flame-graphs', 'Profiles', 'Flame graphs show sampled stacks.'),
  // Twenty pages with "deploy" in a heading, and one with a rare word in its body.
  ...Array.from({ length: 20 }, (_, index) => section(`/deploy-${index}`, 'Deploy', FILLER, 'Mission')),
  section('/needle', 'Notes', `${FILLER} Somewhere in here is the word zorbulate, once.`, 'Blog'),
  section('/markup', '<img src=x onerror=alert(1)>', 'A heading that looks like markup.'),
  // A plural whose stem is the start of another word in a shorter section.
  section('/plural', 'Procedure', `${FILLER} ${FILLER} The trelvexiums procedure is written here.`),
  section('/longer-word', 'Procedure', 'The trelvexiumi step.'),
  // Compounds spelled three ways: hyphenated, closed up and apart.
  section('/rota', 'Rota', 'Who is on-call this week is on the wiki.'),
  section('/pager', 'Pager', 'The oncall pager is shared.'),
  section('/ui', 'Browser', 'The frontend team ships weekly.'),
  section('/stacks', 'Stacks', 'Read each stack trace from the bottom.'),
];

const SYNONYMS = [['PMC', 'performance monitoring counter', 'PMCs']];

function reader() {
  return new IndexReader(memoryIndexLoader(buildSearchIndex(SECTIONS, SYNONYMS)));
}

async function urls(query: string, labels: string[] = []) {
  const response = await search(reader(), { query, limit: 10, labels });
  return response.hits.map((hit) => hit.pageUrl);
}

describe('matching', () => {
  test.each([
    ['prefix on the last word', 'micro', '/microservices'],
    ['prefix while typing a longer word', 'microserv', '/microservices'],
    ['stemming: tracing finds traces', 'tracing', '/tracing'],
    ['stemming: traced finds tracer', 'traced', '/tracing'],
    ['one typo in a long word', 'cultre deck', '/culture-deck'],
    ['a swapped pair of letters', 'responsbility', '/culture-deck'],
    ['synonym: acronym finds the expansion', 'PMC', '/counters'],
    ['synonym: expansion finds the acronym', 'performance monitoring counters', '/pmc-notes'],
    ['diacritics do not matter', 'Cultüre', '/culture-deck'],
  ])('%s: "%s" finds %s', async (_rule, query, expected) => {
    expect(await urls(query)).toContain(expected);
  });

  test.each([
    ['closed up finds hyphenated', 'oncall', ['/pager', '/rota']],
    ['hyphenated finds closed up', 'on-call', ['/pager', '/rota']],
    ['apart finds closed up', 'front end', ['/ui']],
    ['hyphenated finds closed up', 'front-end', ['/ui']],
    ['a closed-up prefix while typing', 'oncal', ['/pager', '/rota']],
  ])('compounds, %s: "%s" finds %j', async (_rule, query, expected) => {
    expect((await urls(query)).sort()).toEqual(expected);
  });

  test('a word run together finds the two words apart, and says so', async () => {
    const response = await search(reader(), { query: 'stacktrace', limit: 10 });
    expect(response.hits.map((hit) => hit.pageUrl)).toEqual(['/stacks']);
    expect(response.didYouMean).toBe('stack trace');
  });

  test('a closed-up query marks the whole hyphenated compound', async () => {
    const response = await search(reader(), { query: 'oncall ', limit: 10 });
    const rota = response.hits.find((hit) => hit.pageUrl === '/rota');
    const snippet = rota?.sections[0]?.snippet;
    const marked = (snippet?.highlights ?? []).map(([start, end]) => snippet?.text.slice(start, end));
    expect(marked).toEqual(['on-call']);
  });

  test('AND: every word must match; a page with only one of them is left out', async () => {
    const found = await urls('flame graphs ');
    expect(found).toEqual(['/flame-graphs']);
  });

  test('a word that is complete (space after it) is not a prefix', async () => {
    expect(await urls('micro ')).toEqual([]);
  });

  test('a whole word is not completed from its stem: "trelvexiums" finds itself, not "trelvexiumi"', async () => {
    expect(await urls('trelvexiums')).toEqual(['/plural']);
  });

  test('a short typo is not corrected (too many neighbours)', async () => {
    const response = await search(reader(), { query: 'flme ', limit: 10 });
    expect(response.total).toBe(0);
    expect(response.didYouMean).toBeNull();
  });

  test('a typo fix is offered as "did you mean"', async () => {
    const response = await search(reader(), { query: 'cultre deck', limit: 10 });
    expect(response.didYouMean).toBe('culture deck');
  });

  test('a rare word in a body outranks a common word in headings', async () => {
    // No page has both words, so pages with either are ranked against each other.
    const response = await search(reader(), { query: 'deploy zorbulate', limit: 30 });
    expect(response.partial).toBe(true);
    expect(response.hits[0]?.pageUrl).toBe('/needle');
    expect(response.total).toBe(21);
  });

  test('section labels filter the pages and are counted before filtering', async () => {
    const response = await search(reader(), { query: 'performance counters', limit: 10, labels: ['Culture'] });
    expect(response.total).toBe(0);
    expect(response.labelCounts).toEqual({ 'Work Updates': 1 });
    expect(await urls('kernel', ['Work Updates'])).toEqual(['/tracing']);
  });

  test('results carry the heading anchor and a snippet with the matched words marked', async () => {
    const response = await search(reader(), { query: 'hypervisor', limit: 1 });
    const hit = response.hits[0];
    expect(hit?.label).toBe('Work Updates');
    const first = hit?.sections[0];
    expect(first?.url).toBe('/counters#hardware');
    const [start, end] = first?.snippet.highlights[0] ?? [0, 0];
    expect(first?.snippet.text.slice(start, end)).toBe('hypervisor');
  });

  test('markup in a heading is returned as plain text', async () => {
    const response = await search(reader(), { query: 'onerror', limit: 1 });
    expect(response.hits[0]?.sections[0]?.heading).toBe('<img src=x onerror=alert(1)>');
  });

  test.each([
    ['only spaces', '    '],
    ['only stop words', 'the and of'],
    ['only punctuation', '.*+?^${}()|[]\\'],
    ['emoji', '🔥🔥'],
  ])('%s gives an empty answer, not an error', async (_name, query) => {
    const response = await search(reader(), { query, limit: 10 });
    expect(response.total).toBe(0);
  });

  test('a 10,000-character query is cut and still answered quickly', async () => {
    const started = performance.now();
    const response = await search(reader(), { query: 'flame graphs '.repeat(800), limit: 10 });
    expect(response.query.length).toBeLessThanOrEqual(200);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('a query overtaken by a newer one stops with StaleQuery, before it fetches any shard', async () => {
    const load = memoryIndexLoader(buildSearchIndex(SECTIONS, SYNONYMS));
    const requested: string[] = [];
    const recording = new IndexReader((path) => {
      requested.push(path);
      return load(path);
    });
    await expect(search(recording, { query: 'flame', limit: 10 }, () => true)).rejects.toBeInstanceOf(StaleQuery);
    expect(requested).toEqual(['manifest.json']);

    await search(recording, { query: 'flame', limit: 10 });
    expect(requested.some((path) => /shard-\d+\.json$/.test(path))).toBe(true);
  });
});

describe('the best pages before the rest', () => {
  // Twelve equal pages with excerpts long enough that a section chunk holds
  // only some of them: a query for their word needs several chunks.
  const LONG_FILLER = Array.from({ length: 9 }, () => FILLER).join(' ');
  const KESTREL_PAGES = Array.from({ length: 12 }, (_, index) =>
    section(`/kestrel-${index}`, 'Notes', `Kestrel notes. ${LONG_FILLER}`),
  );

  /** A reader whose section chunks after the first wait until `release` is called. */
  function slowChunksReader() {
    const load = memoryIndexLoader(buildSearchIndex(KESTREL_PAGES, []));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const reader = new IndexReader(async (path) =>
      /sections-[1-9]\d*\.json$/.test(path) ? released.then(() => load(path)) : load(path),
    );
    return { reader, release };
  }

  test('pages whose snippets are in come first, in rank order; the full answer adds the rest after them', async () => {
    const { reader, release } = slowChunksReader();
    const early: string[][] = [];
    let earlyCame = () => {};
    const earlyAnswer = new Promise<void>((resolve) => (earlyCame = resolve));
    const full = search(reader, { query: 'kestrel', limit: 10 }, undefined, (response) => {
      early.push(response.hits.map((hit) => hit.pageUrl));
      earlyCame();
    });
    await earlyAnswer;
    release();
    const fullUrls = (await full).hits.map((hit) => hit.pageUrl);

    expect(early).toHaveLength(1);
    const [first = []] = early;
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.length).toBeLessThan(10);
    expect(fullUrls).toHaveLength(10);
    expect(fullUrls.slice(0, first.length)).toEqual(first);
  });

  test('no early answer when every snippet is in memory', async () => {
    const { reader, release } = slowChunksReader();
    release();
    await search(reader, { query: 'kestrel', limit: 10 });
    let earlyAnswers = 0;
    const response = await search(reader, { query: 'kestrel', limit: 10 }, undefined, () => earlyAnswers++);
    expect(response.hits).toHaveLength(10);
    expect(earlyAnswers).toBe(0);
  });
});

describe('titles first, once the packs brought the page rows', () => {
  const KESTREL_PAGES = Array.from({ length: 12 }, (_, index) =>
    section(
      `/kestrel-${index}`,
      `Notes ${index}`,
      `Kestrel notes. ${Array.from({ length: 9 }, () => FILLER).join(' ')}`,
    ),
  );

  /**
   * A reader that has the page rows (from a pack holding only those) and
   * whose section chunks wait until `release` is called.
   */
  async function readerWithRowsOnly() {
    const built = buildSearchIndex(KESTREL_PAGES, []);
    const load = memoryIndexLoader(built);
    const manifest = JSON.parse(built.files.get('manifest.json') ?? '{}') as IndexManifest;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const requested: string[] = [];
    const reader = new IndexReader(async (path) => {
      requested.push(path);
      if (path.endsWith('/pack-0.json')) {
        const entries: IndexPack = [];
        for (let number = 0; number < manifest.packCount; number++) {
          const pack = (await load(`${manifest.version}/pack-${number}.json`)) as IndexPack;
          entries.push(...pack.filter(([kind]) => kind === 'pages'));
        }
        return entries;
      }
      return /sections-\d+\.json$/.test(path) ? released.then(() => load(path)) : load(path);
    });
    await reader.loadPack(0);
    return { reader, release, requested };
  }

  test('an answer lists every page at once, by title; the full answer brings their sections, same pages in the same order', async () => {
    const { reader, release } = await readerWithRowsOnly();
    const early: PageHit[][] = [];
    const full = search(reader, { query: 'kestrel', limit: 10 }, undefined, (response) => early.push(response.hits));
    // Nothing of the chunks has come: the early answer did not wait for them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(early).toHaveLength(1);
    const [titles = []] = early;
    expect(titles).toHaveLength(10);
    expect(titles.every((hit) => hit.sections.length === 0)).toBe(true);
    expect(titles[0]).toMatchObject({ pageTitle: expect.stringMatching(/^kestrel-\d+$/), label: 'Culture' });
    expect(titles[0]?.pageTitleHighlights).toEqual([[0, 7]]);

    release();
    const { hits } = await full;
    expect(hits.map((hit) => hit.pageUrl)).toEqual(titles.map((hit) => hit.pageUrl));
    expect(hits.map((hit) => hit.pageTitle)).toEqual(titles.map((hit) => hit.pageTitle));
    expect(hits.every((hit) => hit.sections.length > 0)).toBe(true);
    expect(early).toHaveLength(1);
  });

  test('a page whose chunk is in memory comes whole in the early answer', async () => {
    const { reader, release } = await readerWithRowsOnly();
    release();
    const first = await search(reader, { query: 'kestrel', limit: 1 });
    const early: PageHit[][] = [];
    await search(reader, { query: 'kestrel', limit: 10 }, undefined, (response) => early.push(response.hits));
    const [hits = []] = early;
    const best = hits.find((hit) => hit.pageUrl === first.hits[0]?.pageUrl);
    expect(best?.sections[0]?.heading).toMatch(/^Notes \d+$/);
  });

  test('without the page rows, an answer waits for snippets as before', async () => {
    const built = buildSearchIndex(KESTREL_PAGES, []);
    const reader = new IndexReader(memoryIndexLoader(built));
    const early: PageHit[][] = [];
    const response = await search(reader, { query: 'kestrel', limit: 10 }, undefined, (answer) =>
      early.push(answer.hits),
    );
    expect(early.flat().every((hit) => hit.sections.length > 0)).toBe(true);
    expect(response.hits.every((hit) => hit.sections.length > 0)).toBe(true);
  });
});

describe('ranking and history', () => {
  test('pages with equal scores come in index order; total counts every match, hits stop at the limit', async () => {
    const response = await search(reader(), { query: 'deploy', limit: 5 });
    expect(response.total).toBe(20);
    expect(response.hits.map((hit) => hit.pageUrl)).toEqual([
      '/deploy-0',
      '/deploy-1',
      '/deploy-2',
      '/deploy-3',
      '/deploy-4',
    ]);
    expect(response.labelCounts).toEqual({ Mission: 20 });
  });

  test('the best pages are found wherever they sit in the index, best first', async () => {
    // Each later page says "kiln" once more, so the best matches come last in index order.
    const kilns = Array.from({ length: 12 }, (_, index) =>
      section(`/kiln-${index}`, 'Firing', `${FILLER} ${'kiln '.repeat(index + 1)}`),
    );
    const kilnReader = new IndexReader(memoryIndexLoader(buildSearchIndex([...SECTIONS, ...kilns], SYNONYMS)));
    const all = await search(kilnReader, { query: 'kiln', limit: 50 });
    const top = await search(kilnReader, { query: 'kiln', limit: 3 });
    expect(all.total).toBe(12);
    expect(top.total).toBe(12);
    expect(top.hits.map((hit) => hit.pageUrl)).toEqual(['/kiln-11', '/kiln-10', '/kiln-9']);
    expect(top.hits).toEqual(all.hits.slice(0, 3));
    const scores = all.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('an answer does not depend on the queries asked before it on the same index', async () => {
    // Typed key by key on one reader (as the worker does), then each query
    // again on a fresh reader: words and excerpts kept from earlier keys must
    // not change any answer.
    const typed = [
      'micro',
      'micro ',
      'fla',
      'flame',
      'flame ',
      'flame gra',
      'flame graphs',
      'pmc',
      'kernel traces',
      'cultre deck',
    ];
    const shared = reader();
    for (const [query, labels] of typed.flatMap(
      (query) =>
        [
          [query, []],
          [query, ['Work Updates']],
        ] as const,
    )) {
      const request = { query, limit: 10, labels: [...labels] };
      expect(await search(shared, request)).toEqual(await search(reader(), request));
    }
  });
});

describe('the index reader', () => {
  test('knows the page of every section, and no page outside the index', async () => {
    const index = reader();
    await index.manifest();
    const pages = SECTIONS.map((_, id) => index.pageOf(id));
    // One section per page in this fixture, in order.
    expect(pages).toEqual(SECTIONS.map((_, id) => id));
    expect(index.pageOf(SECTIONS.length)).toBe(-1);
    expect(index.pageOf(-1)).toBe(-1);
  });
});
