import { describe, expect, test } from 'vitest';

import { computeBacklinks, type SourcePage } from '../backlinks.ts';

const docs = {
  byFile: new Map([
    ['docs/a.md', '/docs/a'],
    ['docs/b.md', '/docs/b'],
    ['docs/c.md', '/docs/c'],
  ]),
  byUrl: new Map([
    ['/docs/a', '/docs/a'],
    ['/docs/b', '/docs/b'],
    ['/docs/c', '/docs/c'],
  ]),
};

function page(file: string, url: string, title: string, body: string, kind: 'doc' | 'blog' = 'doc'): SourcePage {
  return { file, url, title, body, kind };
}

describe('computeBacklinks', () => {
  const { linkingPages, backlinks } = computeBacklinks(
    [
      page('docs/a.md', '/docs/a', 'Alpha', 'See [B](./b.md), [B again](/docs/b) and [me](./a.md).'),
      page('docs/b.md', '/docs/b', 'Beta', 'Back to [A][a].\n\n[a]: ./a.md'),
      page('docs/c.md', '/docs/c', 'Gamma', 'Nothing here links; `[B](./b.md)` is code.\n\n```md\n[B](./b.md)\n```'),
      page('blog/post/index.md', '/blog/post', 'A post', 'Read [B](/docs/b).', 'blog'),
    ],
    docs,
  );
  const titlesLinkingTo = (url: string) => (backlinks[url] ?? []).map((index) => linkingPages[index]?.title);

  test.each([
    ['/docs/b', ['A post', 'Alpha']],
    ['/docs/a', ['Beta']],
    ['/docs/c', []],
  ])('%s is linked from %o', (url, titles) => {
    expect(titlesLinkingTo(url)).toEqual(titles);
  });

  test('names each linking page once, blog posts included, and no page that links nowhere', () => {
    expect(linkingPages).toEqual([
      { title: 'A post', url: '/blog/post', kind: 'blog' },
      { title: 'Alpha', url: '/docs/a', kind: 'doc' },
      { title: 'Beta', url: '/docs/b', kind: 'doc' },
    ]);
  });
});
