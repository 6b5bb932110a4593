import { describe, expect, test } from 'vitest';

import { atomFeed } from '../atom-feed.ts';

const OPTIONS = {
  title: 'Handbook: recent changes',
  siteUrl: 'https://handbook.example.com/',
  pageUrl: 'https://handbook.example.com/recent-changes',
  feedUrl: 'https://handbook.example.com/recent-changes/atom.xml',
  updated: '2026-11-25T00:00:00.000Z',
};

describe('atomFeed', () => {
  const feed = atomFeed(
    [
      {
        title: 'Q&A <draft>',
        url: '/docs/qa',
        date: '2026-11-24T08:00:00.000Z',
        summary: 'Fix "quotes" & ampersands',
        commit: 'abc1234',
      },
      { title: 'About', url: '/docs/about', date: '2026-11-20T08:00:00.000Z', summary: 'Draft', commit: null },
    ],
    OPTIONS,
  );

  test.each([
    ['the feed is updated when its newest entry was', '<updated>2026-11-24T08:00:00.000Z</updated>\n  <author>'],
    ['titles are escaped', '<title>Q&amp;A &lt;draft&gt;</title>'],
    ['summaries are escaped', '<summary>Fix &quot;quotes&quot; &amp; ampersands</summary>'],
    ['entries link to absolute page URLs', 'href="https://handbook.example.com/docs/qa"'],
    ['each change has its own id', '<id>https://handbook.example.com/docs/qa#abc1234</id>'],
    ['uncommitted changes get an id from their date', '#uncommitted-2026-11-20T08:00:00.000Z</id>'],
    ['the feed names itself', 'rel="self" type="application/atom+xml"'],
  ])('%s', (_rule, fragment) => {
    expect(feed).toContain(fragment);
  });

  test('an empty history still makes a valid feed', () => {
    expect(atomFeed([], OPTIONS)).toContain('<updated>2026-11-25T00:00:00.000Z</updated>');
  });
});
