import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { readGlossary } from '../src/plugins/glossary/server/glossary.ts';
import { baseUrl, openPage, sitemapPaths, useBrowser, watchPage } from './browser.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';

// Every page as Markdown, as a tool or a reader gets it: the copy beside each
// page, /llms.txt and /llms-full.txt, served as UTF-8 text by the preview
// server and by nginx with the generated configuration, and the "View as
// Markdown" link and "Copy as Markdown" button on a doc page.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/markdown-copies
const paths = await sitemapPaths();
/** Pages someone wrote: docs and blog posts, not the tag, author and category lists Docusaurus generates. */
const pagePaths = paths.filter(
  (path) =>
    /^\/(docs\/|blog\/\d{4}\/)./.test(path) &&
    !/^\/docs\/tags(\/|$)/.test(path) &&
    !/^\/docs\/(culture|day-in-the-life|mission|work-updates)$/.test(path),
);
const SITE_ORIGIN = /^https?:\/\/[^/]+/;

async function fetchText(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('a Markdown copy beside every doc and blog post', () => {
  test('the sitemap lists every written page', () => {
    expect(pagePaths).toContain('/docs/start-here');
    expect(pagePaths).toContain('/blog/2017/05/16/three-years-in-performance-engineering');
    expect(pagePaths.length).toBeGreaterThan(20);
  });

  test.each(pagePaths)('%s.md', async (path) => {
    const { status, type, text } = await fetchText(`${baseUrl()}${path}.md`);
    expect(status).toBe(200);
    expect(type).toBe('text/markdown; charset=utf-8');
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
    expect(frontMatter.split('\n').map((line) => line.split(':')[0])).toEqual(['title', 'description']);
    expect(body).toMatch(/^# \S/);
    // No MDX left: no import lines, no components, no glossary marks.
    expect(body).not.toMatch(/^import\s|^export\s|<[A-Z][A-Za-z]*[\s/>]|<glossary-term/m);
    // Every link is absolute: none to a .md source file, none relative.
    const links = [...body.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1] ?? '');
    expect(links.filter((url) => !/^(https?:|mailto:)/.test(url))).toEqual([]);
    expect(links.filter((url) => /\.mdx?(#|$)/.test(url) && !/\/(docs|blog)\//.test(url))).toEqual([]);
  });
});

describe('llms.txt and llms-full.txt', () => {
  test('llms.txt follows the llmstxt.org layout and links every page copy', async () => {
    const { status, type, text } = await fetchText(`${baseUrl()}/llms.txt`);
    expect(status).toBe(200);
    expect(type).toBe('text/plain; charset=utf-8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Engineering Culture Handbook');
    expect(lines[2]).toMatch(/^> \S/);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## Handbook',
      '## Day in the Life',
      '## Culture',
      '## Mission',
      '## Work Updates',
      '## Blog',
    ]);
    const linked = lines
      .filter((line) => line.startsWith('- ['))
      .map((line) => /^- \[[^\]]+\]\((\S+)\): \S/.exec(line)?.[1] ?? `malformed: ${line}`);
    const expected = pagePaths.map((path) => `${path}.md`);
    expect(linked.map((url) => url.replace(SITE_ORIGIN, '').replace(/^\/[^/]+(?=\/(docs|blog)\/)/, '')).sort()).toEqual(
      expected.sort(),
    );
  });

  test('llms-full.txt holds every page, start-here first and in the reading path order', async () => {
    const { status, text } = await fetchText(`${baseUrl()}/llms-full.txt`);
    expect(status).toBe(200);
    const titles = [...text.matchAll(/^# (.+)$/gm)].map((match) => match[1]);
    const startHere = await fetchText(`${baseUrl()}/docs/start-here.md`);
    // The reading path's link texts, in the order the start-here page lists them.
    const pathTitles = [...startHere.text.matchAll(/^- \[([^\]]+)\]\(/gm)].map((match) => match[1]);
    expect(titles[0]).toBe('Engineering Culture Handbook');
    expect(titles[1]).toBe('Start here');
    expect(titles.slice(2, 2 + pathTitles.length).map((title) => title?.toLowerCase())).toEqual(
      pathTitles.map((title) => title?.toLowerCase()),
    );
    expect(titles).toContain('Three years in performance engineering');
    expect(titles).toHaveLength(1 + pagePaths.length);
  });
});

describe("the glossary's copy", () => {
  test('lists every entry of the glossary data, with the pages that use it', async () => {
    const { status, text } = await fetchText(`${baseUrl()}/docs/glossary.md`);
    expect(status).toBe(200);
    const entries = readGlossary(process.cwd());
    expect(entries.length).toBeGreaterThan(10);
    // As a reader sees them: Markdown's escapes (`Performance\@Scale`) taken out.
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.replace(/\\(.)/g, '$1'));
    expect(headings).toEqual(entries.map((entry) => entry.term));
    // Each "Used on" list links the pages themselves, as the glossary page does.
    expect(text).toMatch(/\*\*Used on:\*\*\n\n- \[Meetings\]\(https?:\/\/[^)]+\/docs\/day-in-the-life\/meetings\)/);
  });
});

describe('on a doc page', () => {
  const browser = useBrowser();

  test('"View as Markdown" is a plain link to the copy, there before any script runs', async () => {
    const html = await (await fetch(`${baseUrl()}/docs/culture/culture-deck`)).text();
    // The HTML is minified: attribute quotes are optional.
    expect(html).toMatch(/<a href="?\/docs\/culture\/culture-deck\.md"? type="?text\/markdown"?>View as Markdown<\/a>/);
  });

  test('"Copy as Markdown" puts the page\'s Markdown on the clipboard and says so', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, '/docs/culture/culture-deck');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' }).waitFor()).resolves.toBeUndefined();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await fetchText(`${baseUrl()}/docs/culture/culture-deck.md`)).text);
    expect(copied).toMatch(/^---\ntitle: The culture deck\n/);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('a category index page, which has no copy, shows neither', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/culture');
    await expect(page.getByRole('link', { name: 'View as Markdown' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Copy as Markdown' }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('served by nginx with the generated configuration', () => {
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(process.env.BUILD_DIR ?? 'build');
  });
  afterAll(() => nginx?.stop());

  test.each([
    ['/docs/start-here.md', 'text/markdown; charset=utf-8'],
    ['/llms.txt', 'text/plain; charset=utf-8'],
    ['/llms-full.txt', 'text/plain; charset=utf-8'],
  ])('%s is sent as %s', async (path, contentType) => {
    const response = await fetch(`${nginx.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toMatch(/^(---\ntitle: Start here|# Engineering Culture Handbook)\n/);
  });
});
