import { describe, expect, test } from 'vitest';

import { SOURCE_POST } from '../src/config/site.ts';
import { baseUrl, openPage, useBrowser } from './browser.ts';

// Who wrote what: the retrospective is the handbook maintainers' summary,
// based on Brendan Gregg's post, and every place that names an author says so
// (the page, the three feeds, the structured data); the handbook's advice is
// in one labelled block that screen readers announce.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/source-credit
const POST_PATH = '/blog/2017/05/16/three-years-in-performance-engineering';
const MAINTAINERS = 'Handbook maintainers';
const SOURCE_ROLE = 'Performance engineer at Netflix';

async function served(path: string): Promise<string> {
  const response = await fetch(new URL(path, baseUrl()));
  expect(response.status, path).toBe(200);
  return response.text();
}

/** Every JSON-LD object a page carries. */
function structuredData(html: string): Record<string, unknown>[] {
  const scripts = [...html.matchAll(/<script[^>]*\stype="?application\/ld\+json"?[^>]*>(.*?)<\/script>/gs)];
  return scripts.map((match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>);
}

const expectedSource = {
  '@type': 'BlogPosting',
  name: SOURCE_POST.title,
  url: SOURCE_POST.url,
  author: { '@type': 'Person', name: SOURCE_POST.author, jobTitle: SOURCE_ROLE },
};

describe('the retrospective is credited to the maintainers, based on Gregg', () => {
  const browser = useBrowser();

  test('the post page shows the maintainers as its author and Gregg as the source', async () => {
    const page = await browser.context.newPage();
    await openPage(page, POST_PATH);
    const article = page.locator('article');
    await expect(article.locator('header .avatar__name').allTextContents()).resolves.toEqual([MAINTAINERS]);
    const credit = article.locator('[data-source-credit]');
    await expect(credit.textContent()).resolves.toBe(
      `Based on ${SOURCE_POST.author}'s post “${SOURCE_POST.title}”Source author: ${SOURCE_POST.author}, ${SOURCE_ROLE}`,
    );
    await expect(credit.getByRole('link').getAttribute('href')).resolves.toBe(SOURCE_POST.url);
    await expect(credit.getByRole('link').textContent()).resolves.toBe(`“${SOURCE_POST.title}”`);
    // The first words of the post say it too, with the same link.
    const intro = page.locator('article .markdown > p').first();
    await expect(intro.textContent()).resolves.toContain(`based on ${SOURCE_POST.author}'s post`);
    await page.close();
  });

  test('the list page credits the post the same way', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/blog');
    const article = page.locator('article').first();
    await expect(article.locator('.avatar__name').allTextContents()).resolves.toEqual([MAINTAINERS]);
    await expect(article.locator('[data-source-credit]').textContent()).resolves.toContain(
      `Source author: ${SOURCE_POST.author}, ${SOURCE_ROLE}`,
    );
    await page.close();
  });

  test("the post's JSON-LD names the maintainers as author and Gregg's post as its source", async () => {
    const posting = structuredData(await served(POST_PATH)).find((data) => data['@type'] === 'BlogPosting');
    expect(posting?.author).toEqual({
      '@type': 'Organization',
      name: MAINTAINERS,
      description: 'Engineering Culture Handbook',
    });
    expect(posting?.isBasedOn).toMatchObject(expectedSource);
  });

  test("the blog list's JSON-LD credits each post the same way", async () => {
    const blog = structuredData(await served('/blog')).find((data) => data['@type'] === 'Blog');
    const posts = blog?.blogPost as Record<string, unknown>[];
    expect(posts).toHaveLength(1);
    expect(posts[0]?.author).toMatchObject({ '@type': 'Organization', name: MAINTAINERS });
    expect(posts[0]?.isBasedOn).toMatchObject(expectedSource);
  });

  test('the Atom feed has the maintainers as author and Gregg as contributor', async () => {
    const atom = await served('/blog/atom.xml');
    const entry = atom.slice(atom.indexOf('<entry>'), atom.indexOf('</entry>'));
    expect(entry).toMatch(/<author>\s*<name>Handbook maintainers<\/name>/);
    expect(entry).toMatch(/<contributor>\s*<name>Brendan Gregg<\/name>\s*<uri>http:\/\/brendangregg\.com\/blog\//);
    expect(entry).not.toMatch(/<author>\s*<name>Brendan Gregg/);
    expect(entry).toContain(`By ${MAINTAINERS}. Based on Brendan Gregg's post “Working at Netflix 2017”`);
  });

  test('the RSS feed says who wrote the summary and whose post it is based on', async () => {
    const rss = await served('/blog/rss.xml');
    const item = rss.slice(rss.indexOf('<item>'), rss.indexOf('</item>'));
    const description = /<description><!\[CDATA\[(.*?)\]\]><\/description>/s.exec(item)?.[1] ?? '';
    expect(description).toContain(
      `By ${MAINTAINERS}. Based on Brendan Gregg's post “Working at Netflix 2017” (${SOURCE_POST.url}); source author: Brendan Gregg, ${SOURCE_ROLE}.`,
    );
  });

  test('the JSON feed names the maintainers as author and credits the source in summary and content', async () => {
    const feed = JSON.parse(await served('/blog/feed.json')) as {
      items: { author?: { name?: string }; summary?: string; content_html?: string }[];
    };
    const [item] = feed.items;
    expect(item?.author?.name).toBe(MAINTAINERS);
    expect(item?.summary).toContain(`source author: Brendan Gregg, ${SOURCE_ROLE}`);
    expect(item?.content_html).toContain(`<a href="${SOURCE_POST.url}">“Working at Netflix 2017”</a>`);
  });
});

describe('advice is in one labelled block', () => {
  const browser = useBrowser();

  test('a suggestion shows its label and is announced as a note named by it', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/day-in-the-life/status-updates');
    const notes = page.getByRole('note', { name: /^Suggestion/ });
    await expect(notes.count()).resolves.toBe(2);
    const entry = page.getByRole('note', { name: 'Suggestion: Writing your first entry' });
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(entry.locator('p').first().textContent()).resolves.toBe('Suggestion: Writing your first entry');
    await expect(entry.getByRole('listitem').count()).resolves.toBe(4);
    await page.close();
  });

  test('a suggestion looks the same on a doc and on another section, in light and dark mode', async () => {
    const page = await browser.context.newPage();
    const look = async (path: string) => {
      await openPage(page, path);
      return page
        .getByRole('note', { name: /^Suggestion/ })
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          const primary = getComputedStyle(document.documentElement).getPropertyValue('--ifm-color-primary').trim();
          return { border: style.borderLeftColor, background: style.backgroundColor, padding: style.padding, primary };
        });
    };
    // The site follows the system's colour scheme (colorMode.respectPrefersColorScheme).
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const first = await look('/docs/day-in-the-life/status-updates');
      const second = await look('/docs/mission/honesty-toward-customers');
      expect(second).toEqual(first);
      // The accent is the theme's primary colour (an Infima token), whatever the mode.
      const probe = await page.evaluate((color) => {
        const element = document.createElement('div');
        element.style.color = color;
        document.body.append(element);
        const resolved = getComputedStyle(element).color;
        element.remove();
        return resolved;
      }, first.primary);
      expect(first.border).toBe(probe);
    }
    await page.close();
  });
});
