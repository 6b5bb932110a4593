import { describe, expect, test } from 'vitest';

import { startPreviewServer } from '../scripts/lib/preview-server.ts';
import { REPO_BRANCH, REPO_URL } from '../src/config/site.ts';
import { openPage, useBrowser, watchPage } from './browser.ts';
import { buildFixtureSite } from './support/fixture-site.ts';

// What a reader who wants to fix a page sees: who owns it, how to edit it,
// when it last changed, and which pages are waiting for a review.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/contributing
const DOC_PATH = '/docs/culture/culture-deck';
const DOC_FILE = 'docs/culture/culture-deck.md';

describe('contributing to a page', () => {
  const browser = useBrowser();

  test('a doc names its owner and links to report a problem to them', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, DOC_PATH);
    const owner = page.getByRole('complementary', { name: 'Page owner' });
    await expect(owner.textContent()).resolves.toMatch(/Owner: Culture guides · Last reviewed \d{4}-\d{2}-\d{2}/);
    const report = owner.getByRole('link', { name: /Tell Culture guides/ });
    const href = new URL((await report.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe(`${REPO_URL}/issues/new`);
    expect(href.searchParams.get('template')).toBe('page-is-wrong.yml');
    expect(href.searchParams.get('page')).toBe(DOC_PATH);
    // A mismatch between the server's HTML and the browser's render would show up here as a console error.
    expect(problems.consoleMessages).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  test('"Edit this page" opens the source file in the configured repository', async () => {
    const page = await browser.context.newPage();
    await openPage(page, DOC_PATH);
    const edit = page.getByRole('link', { name: 'Edit this page' });
    await expect(edit.getAttribute('href')).resolves.toBe(`${REPO_URL}/edit/${REPO_BRANCH}/${DOC_FILE}`);
    await page.close();
  });

  test('a doc says when it was last updated', async () => {
    const page = await browser.context.newPage();
    await openPage(page, DOC_PATH);
    const lastUpdated = page.locator('.theme-last-updated');
    await expect(lastUpdated.textContent()).resolves.toMatch(/Last updated on .*\d{4}/);
    await page.close();
  });

  test('the Due for review page lists the due pages, or says that none is due', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const response = await openPage(page, '/due-for-review');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Due for review');
    const main = (await page.locator('main').textContent()) ?? '';
    const rows = await page.locator('main table tbody tr').count();
    if (rows === 0) expect(main).toMatch(/No page is due for review/);
    else expect(main).toMatch(new RegExp(`${rows} pages? (is|are) due`));
    expect(problems.consoleMessages).toEqual([]);
    await page.close();
  });

  // Nothing is due on a fresh handbook, so this builds a copy as if it were
  // 2030, when every page is past its review date.
  test('a page past its review date shows the banner, without a hydration mismatch', async () => {
    const site = await buildFixtureSite({}, { HANDBOOK_TODAY: '2030-01-01' });
    const preview = await startPreviewServer(site.buildDir);
    try {
      const page = await browser.context.newPage();
      await openPage(page, '/due-for-review', preview.url);
      const firstDue = page.locator('main table tbody tr a').first();
      expect(await firstDue.count()).toBe(1);
      const problems = watchPage(page, preview.url);
      await firstDue.click();
      await page.waitForSelector('[role="note"][aria-label="Due for review"]');
      await page.reload();
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const banner = page.getByRole('note', { name: 'Due for review' });
      await expect(banner.textContent()).resolves.toMatch(
        /This page is due for review\. It was last reviewed on \d{4}-\d{2}-\d{2} and was due again on \d{4}-\d{2}-\d{2}.* check with /,
      );
      expect(problems.consoleMessages).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await page.close();
    } finally {
      await preview.close();
      site.remove();
    }
  }, 300_000);
});
