import { describe, expect, test } from 'vitest';

import { atomFeed } from '../atom-feed.ts';
import { watchFeeds, type WatchedChange } from '../watch-feeds.ts';
import { absoluteUrls, atomProblems } from './atom-validator.ts';

const SITE = 'https://handbook.example.com/';

const change = (file: string, owner: string | undefined, date: string, title = file): WatchedChange => ({
  title,
  url: `/${file.replace(/\.md$/, '')}`,
  date,
  summary: `Change ${file}`,
  commit: 'abc1234',
  file,
  owner,
});

// Newest first, as git-history.ts gives them.
const CHANGES = [
  change('docs/culture/deck.md', 'culture-guides', '2026-11-24T08:00:00.000Z'),
  change('docs/day/meetings.md', 'perf-eng', '2026-11-23T08:00:00.000Z'),
  change('blog/2017-05-16-post/index.md', undefined, '2026-11-22T08:00:00.000Z'),
  change('docs/culture/freedom.md', 'perf-eng', '2026-11-21T08:00:00.000Z'),
  change('docs/about.md', 'handbook-maintainers', '2026-11-20T08:00:00.000Z'),
  change('docs/culture/old-owner.md', 'a-team-since-renamed', '2026-11-19T08:00:00.000Z'),
];
const SECTIONS = [
  { folder: 'day', label: 'Day in the Life', to: '/docs/day' },
  { folder: 'culture', label: 'Culture', to: '/docs/culture' },
  { folder: 'mission', label: 'Mission', to: '/docs/mission' },
];
const OWNERS = [
  { id: 'perf-eng', name: 'Performance Engineering' },
  { id: 'culture-guides', name: 'Culture guides' },
  { id: 'handbook-maintainers', name: 'Handbook maintainers' },
];

describe('watchFeeds', () => {
  const feeds = watchFeeds(CHANGES, SECTIONS, OWNERS, 'handbook-maintainers', 30);
  const files = (id: string) => feeds.find((feed) => feed.id === id)?.changes.map((entry) => entry.url);

  test('one feed per section, then one per owner, at their own paths', () => {
    expect(feeds.map((feed) => [feed.kind, feed.id, feed.path, feed.indexPath])).toEqual([
      ['section', 'day', 'recent-changes/sections/day.xml', '/docs/day'],
      ['section', 'culture', 'recent-changes/sections/culture.xml', '/docs/culture'],
      ['section', 'mission', 'recent-changes/sections/mission.xml', '/docs/mission'],
      ['owner', 'perf-eng', 'recent-changes/owners/perf-eng.xml', null],
      ['owner', 'culture-guides', 'recent-changes/owners/culture-guides.xml', null],
      ['owner', 'handbook-maintainers', 'recent-changes/owners/handbook-maintainers.xml', null],
    ]);
  });

  test.each([
    [
      'a section has the docs in its folder, newest first',
      'culture',
      ['/docs/culture/deck', '/docs/culture/freedom', '/docs/culture/old-owner'],
    ],
    ['a section with no change yet has an empty feed', 'mission', []],
    ['an owner has the docs whose front matter names it', 'perf-eng', ['/docs/day/meetings', '/docs/culture/freedom']],
    [
      'the maintainers also get blog posts and docs whose owner is unknown, as in CODEOWNERS',
      'handbook-maintainers',
      ['/blog/2017-05-16-post/index', '/docs/about', '/docs/culture/old-owner'],
    ],
  ])('%s', (_rule, id, expected) => {
    expect(files(id)).toEqual(expected);
  });

  test('each feed keeps its newest changes up to the limit', () => {
    const limited = watchFeeds(CHANGES, SECTIONS, OWNERS, 'handbook-maintainers', 2);
    expect(limited.find((feed) => feed.id === 'culture')?.changes.map((entry) => entry.url)).toEqual([
      '/docs/culture/deck',
      '/docs/culture/freedom',
    ]);
  });

  test('the changes are the same objects the page lists, without the routing fields', () => {
    expect(feeds[1]?.changes[0]).toEqual({
      title: 'docs/culture/deck.md',
      url: '/docs/culture/deck',
      date: '2026-11-24T08:00:00.000Z',
      summary: 'Change docs/culture/deck.md',
      commit: 'abc1234',
    });
  });
});

describe('the written feeds', () => {
  const hostile = [
    change('docs/culture/a.md', 'culture-guides', '2026-11-24T08:00:00.000Z', 'Q&A <script>alert(1)</script> "quotes"'),
    {
      ...change('docs/culture/b.md', 'culture-guides', '2026-11-23T08:00:00.000Z'),
      summary: 'Link http://evil.example/x?a=1&b=2 and https://handbook.example.com/docs/x',
    },
    {
      ...change('docs/culture/c.md', 'culture-guides', '2026-11-22T08:00:00.000Z', '\u202Eright-to-left ]]> \u0000'),
      commit: null,
    },
  ];
  const feeds = watchFeeds(hostile, SECTIONS, OWNERS, 'handbook-maintainers', 30);
  const written = feeds.map((feed) => ({
    feed,
    xml: atomFeed(feed.changes, {
      title: `Handbook: ${feed.label}`,
      siteUrl: SITE,
      pageUrl: new URL(feed.indexPath?.slice(1) ?? 'recent-changes', SITE).toString(),
      feedUrl: new URL(feed.path, SITE).toString(),
      id: new URL(feed.path, SITE).toString(),
      updated: '2026-11-25T00:00:00.000Z',
    }),
  }));

  test.each(written.map(({ feed, xml }) => [feed.path, xml]))('%s is valid Atom', (_path, xml) => {
    expect(atomProblems(xml)).toEqual([]);
  });

  test.each(written.map(({ feed, xml }) => [feed.path, xml]))('%s names no host but the site', (_path, xml) => {
    const urls = absoluteUrls(xml);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(SITE))).toEqual([]);
  });

  test('a foreign link in a summary loses its scheme; a link to the site keeps it', () => {
    const culture = written.find(({ feed }) => feed.id === 'culture')?.xml ?? '';
    expect(culture).toContain(
      '<summary>Link evil.example/x?a=1&amp;b=2 and https://handbook.example.com/docs/x</summary>',
    );
  });

  test('every feed has its own id: its own address', () => {
    const ids = written.map(({ xml }) => /<feed[^>]*>[\s\S]*?<id>([^<]*)<\/id>/.exec(xml)?.[1]);
    expect(ids).toEqual(feeds.map((feed) => new URL(feed.path, SITE).toString()));
  });

  test('the validator itself refuses what RFC 4287 refuses', () => {
    const valid = written[1]?.xml ?? '';
    expect(atomProblems(valid.replace(/<updated>[^<]*<\/updated>\n {2}<author>/, '<author>'))).toContain(
      'feed: 0 atom:updated elements; exactly one is required',
    );
    expect(atomProblems(valid.replace(/ {2}<author>.*<\/author>\n/, ''))).toContain(
      'feed: no atom:author, and not every entry has one',
    );
    expect(
      atomProblems(valid.replace(/(<entry>[\s\S]*?)<updated>[^<]*<\/updated>/, '$1<updated>Nov 24</updated>')),
    ).toEqual(['entry 1: atom:updated "Nov 24" is not an RFC 3339 date-time']);
    expect(() => atomProblems(valid.replace('</feed>', ''))).toThrow();
  });
});
