import { describe, expect, test } from 'vitest';

import { readGlossary } from '../src/plugins/glossary/server/glossary.ts';
import { baseUrl, openPage, useBrowser } from './browser.ts';

// The handbook read as a wiki: links backwards ("Linked from"), what changed
// lately, terms explained where they first appear, a reading path that keeps
// track, and a clean printout.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/wiki
const glossary = readGlossary(process.cwd());

describe('the handbook as a wiki', () => {
  const browser = useBrowser();

  test('a linked page lists the pages that link to it, and they lead back', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/culture/culture-deck');
    const linkedFrom = page.getByRole('navigation', { name: 'Linked from' });
    const fromFreedom = linkedFrom.getByRole('link', { name: 'Freedom and responsibility' });
    await expect(fromFreedom.count()).resolves.toBe(1);
    await fromFreedom.click();
    await page.waitForURL('**/docs/culture/freedom-and-responsibility');
    // The address changes before the page's content is in: wait for the link back.
    await expect.poll(() => page.locator('main a[href="/docs/culture/culture-deck"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a doc shows its reading time under the title', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/work-updates/linux-tracing');
    await expect(
      page
        .locator('article')
        .getByText(/^\d+ min read$/)
        .count(),
    ).resolves.toBe(1);
    await page.close();
  });

  test('a blog post shows its date and reading time under the title, the same before and after its script runs', async () => {
    const path = '/blog/2017/05/16/three-years-in-performance-engineering';
    const served = await (await fetch(new URL(path, baseUrl()))).text();
    const page = await browser.context.newPage();
    await openPage(page, path);
    const info = page.locator('article header time').locator('xpath=..');
    const shown = await info.textContent();
    expect(shown).toMatch(/^May 16, 2017 · \d+ min read$/);
    await expect(info.locator('time').getAttribute('datetime')).resolves.toBe('2017-05-16T00:00:00.000Z');
    // The server wrote the same words (React's text separator comment aside).
    expect(served.replace(/<!-- -->/g, '')).toContain(`>May 16, 2017</time> · ${shown?.split(' · ')[1]}<`);
    await page.close();
  });

  test('recent changes lists changed pages, newest first, with a feed', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/recent-changes');
    await expect(page.locator('h1').textContent()).resolves.toBe('Recent changes');
    const items = page.locator('main ol > li');
    expect(await items.count()).toBeGreaterThan(0);
    const dates = await items
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(items.first().getByRole('link').getAttribute('href')).resolves.toMatch(/^\/(docs|blog)\//);

    const feedHref = await page
      .locator('link[rel="alternate"][type="application/atom+xml"][href*="recent-changes"]')
      .getAttribute('href');
    expect(feedHref).toBeTruthy();
    const feed = await fetch(new URL(feedHref ?? '', baseUrl()));
    expect(feed.status).toBe(200);
    await expect(feed.text()).resolves.toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">[\s\S]*<entry>/);
    await page.close();
  });

  test('recent changes marks what changed since the last visit', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/recent-changes');
    await page.evaluate(() =>
      window.localStorage.setItem('handbook:recent-changes-last-visit', '2000-01-01T00:00:00Z'),
    );
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const marked = page.getByText('Changed since your last visit', { exact: true });
    await expect(marked.first().isVisible()).resolves.toBe(true);
    // This visit is now the last one: nothing is new on the next.
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await expect(page.getByText(/since your last visit on/).textContent()).resolves.toMatch(/Nothing has changed/);
    await expect(marked.count()).resolves.toBe(0);
    await page.close();
  });

  test('the first use of a glossary term links to its entry and carries its definition', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/work-updates/pmcs-in-the-cloud');
    const pmc = glossary.find((entry) => entry.id === 'pmc');
    const terms = page.locator('article a[href="/docs/glossary#pmc"]');
    await expect(terms.count()).resolves.toBe(1);
    const tooltipId = await terms.getAttribute('aria-describedby');
    const tooltip = page.locator(`[role="tooltip"]#${tooltipId}`);
    await expect(tooltip.textContent()).resolves.toContain(pmc?.definition);
    await expect(tooltip.isVisible()).resolves.toBe(false);
    await terms.focus();
    await expect(tooltip.isVisible()).resolves.toBe(true);
    // A click with Ctrl is the reader's to open a tab with: this page stays.
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), terms.click({ modifiers: ['Control'] })]);
    await tab.waitForURL('**/docs/glossary#pmc');
    await tab.close();
    await expect(page.url()).toMatch(/\/docs\/work-updates\/pmcs-in-the-cloud$/);
    // A plain click moves inside the app, to the entry, on screen.
    await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
    await terms.click();
    await page.waitForURL('**/docs/glossary#pmc');
    await expect(page.evaluate(() => 'stayedInApp' in window)).resolves.toBe(true);
    await expect
      .poll(() => page.locator('#pmc').evaluate((entry) => entry.getBoundingClientRect().top))
      .toBeLessThan(await page.evaluate(() => window.innerHeight));
    await page.close();
  });

  test('a page reached by a link in the browser gets its tooltips too', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/glossary');
    // A marker that survives only a navigation inside the app, not a page load.
    await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
    const pmc = glossary.find((entry) => entry.id === 'pmc');
    await page.locator('main a[href="/docs/work-updates/pmcs-in-the-cloud"]').first().click();
    await page.waitForURL('**/docs/work-updates/pmcs-in-the-cloud');
    await expect(page.evaluate(() => 'stayedInApp' in window)).resolves.toBe(true);
    const tooltip = page.locator('article [role="tooltip"]#glossary-tip-pmc');
    await expect.poll(() => tooltip.textContent()).toContain(pmc?.definition);
    await page.close();
  });

  test('the glossary page itself has no glossary marks', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/glossary');
    await expect(page.locator('.glossary-term').count()).resolves.toBe(0);
    await page.close();
  });

  test('the reading path is a checklist that remembers, counts and marks the sidebar', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/start-here');
    const checkbox = page.getByRole('checkbox', { name: 'Mark "Meetings" as read' });
    const progress = page.getByRole('status').filter({ hasText: / of \d+ read$/ });
    const total = Number((await progress.textContent())?.match(/of (\d+) read/)?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(progress.textContent()).resolves.toBe(`0 of ${total} read`);

    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await expect(progress.textContent()).resolves.toBe(`1 of ${total} read`);

    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await expect(progress.textContent()).resolves.toBe(`1 of ${total} read`);

    await openPage(page, '/docs/day-in-the-life/meetings');
    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    const readItem = sidebar.locator('li:has(> a[href="/docs/day-in-the-life/meetings"])');
    const unreadItem = sidebar.locator('li:has(> a[href="/docs/day-in-the-life/asking-for-help"])');
    const tick = (item: typeof readItem) =>
      item.locator('a').evaluate((link) => getComputedStyle(link, '::after').borderBottomWidth);
    await expect(tick(readItem)).resolves.toBe('2px');
    await expect(tick(unreadItem)).resolves.toBe('0px');
    await page.close();
  });

  test('without JavaScript the reading path is a plain list of links', async () => {
    // The server-rendered HTML is what a reader without JavaScript gets.
    const html = await (await fetch(new URL('/docs/start-here', baseUrl()))).text();
    expect(html).toMatch(/<li[^>]*>(<span[^>]*>)?\s*<a[^>]*href="?\/docs\/day-in-the-life\/meetings/);
    expect(html).not.toMatch(/type="?checkbox/);
    expect(html).not.toMatch(/ of \d+ read/);
  });

  test('tags are reachable from a doc', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/start-here');
    await page.locator('.theme-doc-footer-tags-row a').first().click();
    await page.waitForURL('**/docs/tags/**');
    await page.getByRole('link', { name: /View all tags/i }).click();
    await page.waitForURL('**/docs/tags');
    await page.close();
  });

  test('printing shows the article alone', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/work-updates/linux-tracing');
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.theme-doc-toc-desktop',
      '.footer',
      '.pagination-nav',
    ]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/print-doc.png' });
    const externalLink = page.locator('.markdown a[href^="http"]').first();
    if ((await externalLink.count()) > 0) {
      // The printed URL comes from CSS generated content after the link.
      const after = await externalLink.evaluate((link) => getComputedStyle(link, '::after').content);
      expect(after).not.toBe('none');
    }
    await page.close();
  });
});
