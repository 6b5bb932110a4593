import type { BlogPost } from '@docusaurus/plugin-content-blog';
import type { DocusaurusConfig } from '@docusaurus/types';
import { expect, test } from 'vitest';

import { createCreditedFeedItems } from '../server/feed-items.ts';

const SOURCE = {
  title: 'Working <at> Netflix',
  url: 'http://example.com/post?a=1&b=2',
  author: 'Brendan Gregg',
  author_title: 'Performance engineer at Netflix',
};

function post(frontMatter: Record<string, unknown>): BlogPost {
  return {
    metadata: { frontMatter, authors: [{ name: 'Handbook maintainers', key: 'handbook-maintainers' }] },
  } as unknown as BlogPost;
}

async function itemsFor(posts: BlogPost[]) {
  return createCreditedFeedItems({
    blogPosts: posts,
    siteConfig: {} as DocusaurusConfig,
    outDir: '/tmp',
    defaultCreateFeedItems: async ({ blogPosts }) =>
      blogPosts.map((_post, index) => ({
        title: `Post ${index}`,
        link: `https://example.com/${index}`,
        date: new Date(0),
        description: 'A summary.',
        content: '<p>Body</p>',
        author: [{ name: 'Handbook maintainers' }],
      })),
  });
}

test('a retold post: the credit starts its summary and content, and Atom gets the source author as contributor', async () => {
  const [item] = await itemsFor([post({ based_on: SOURCE })]);
  expect(item?.description).toBe(
    `A summary. By Handbook maintainers. Based on Brendan Gregg's post “Working <at> Netflix” (${SOURCE.url}); source author: Brendan Gregg, Performance engineer at Netflix.`,
  );
  expect(item?.content).toBe(
    '<p>By Handbook maintainers. Based on Brendan Gregg\'s post <a href="http://example.com/post?a=1&amp;b=2">“Working &lt;at&gt; Netflix”</a>; source author: Brendan Gregg, Performance engineer at Netflix.</p><p>Body</p>',
  );
  expect(item?.author).toEqual([{ name: 'Handbook maintainers' }]);
  expect(item?.contributor).toEqual([{ name: 'Brendan Gregg', link: SOURCE.url }]);
});

test('a post of its own is left as Docusaurus made it', async () => {
  const [retold, own] = await itemsFor([post({ based_on: SOURCE }), post({})]);
  expect(retold?.contributor).toHaveLength(1);
  expect(own).toEqual({
    title: 'Post 1',
    link: 'https://example.com/1',
    date: new Date(0),
    description: 'A summary.',
    content: '<p>Body</p>',
    author: [{ name: 'Handbook maintainers' }],
  });
});
