import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { openPage, useBrowser, watchPage } from './browser.ts';

// A reader follows a page's History link, reads the list of changes, opens
// one and sees what it did, then compares two versions. The list is checked
// against git's own `git log --follow` of the page's file.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/page-history
const DOC = { path: '/docs/about', file: 'docs/about.md' };
const BLOG_POST = '/blog/2017/05/16/three-years-in-performance-engineering';

/** Subjects of the commits that changed a file, newest first, as git tells them following renames. */
function gitSubjects(file: string): string[] {
  return execFileSync('git', ['log', '--follow', '--format=%s', '--', file], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

async function openHistory(page: Page, path: string) {
  await openPage(page, path);
  const link = page.getByRole('link', { name: 'History', exact: true });
  await expect(link.isVisible()).resolves.toBe(true);
  await link.click();
  await page.getByRole('heading', { level: 1, name: /^History of/ }).waitFor();
}

describe('page history', () => {
  const browser = useBrowser();

  test("a doc's History link lists every change to it, newest first, with date, author, subject and commit", async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openHistory(page, DOC.path);
    expect(new URL(page.url()).search).toBe(`?page=${DOC.path}`);
    const items = page.locator('main ol > li');
    const subjects = gitSubjects(DOC.file);
    await expect(items.count()).resolves.toBe(subjects.length);
    const first = items.first();
    await expect(first.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(first.textContent()).resolves.toContain(subjects[0]);
    const commitHref = await first
      .getByRole('link', { name: /^commit [0-9a-f]{7} in the repository$/ })
      .getAttribute('href');
    expect(commitHref).toMatch(/\/commit\/[0-9a-f]{40}$/);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('opening a change shows what it did as <ins> and <del> with text labels', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openHistory(page, DOC.path);
    await page
      .locator('main ol > li')
      .first()
      .getByRole('link', { name: /^show this change/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /^A change to/ }).waitFor();
    const diff = page.getByTestId('word-diff');
    const marks = diff.locator('ins, del');
    expect(await marks.count()).toBeGreaterThan(0);
    const labels = await marks.evaluateAll((elements) =>
      elements.map((element) => `${element.tagName.toLowerCase()}:${element.firstElementChild?.textContent ?? ''}`),
    );
    for (const label of labels) expect(label).toMatch(/^(ins:added|del:removed)$/);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('comparing the first and the newest version shows the words between them', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openHistory(page, DOC.path);
    const items = page.locator('main ol > li');
    await items.last().getByRole('radio', { name: /^from/ }).check();
    await items.first().getByRole('radio', { name: /^to/ }).check();
    await page.getByRole('button', { name: 'Compare the selected versions' }).click();
    await page.getByRole('heading', { level: 1, name: /^Two versions of/ }).waitFor();
    const search = new URL(page.url()).searchParams;
    expect(search.get('from')).toMatch(/^[0-9a-f]{40}$/);
    expect(search.get('to')).toMatch(/^[0-9a-f]{40}$/);
    await page.getByTestId('word-diff').waitFor();
    expect(await page.getByTestId('word-diff').locator('ins, del').count()).toBeGreaterThan(0);
    await expect(page.locator('main dl').textContent()).resolves.toMatch(/From.*To/s);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('a blog post has a History link too', async () => {
    const page = await browser.context.newPage();
    await openHistory(page, BLOG_POST);
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a normal page never fetches history data', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openPage(page, DOC.path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/page-history/'))).toEqual([]);
    await page.close();
  });
});

describe('page history on a 375 px phone', () => {
  const phone = useBrowser({ viewport: { width: 375, height: 740 } });

  test.each(['light', 'dark'] as const)('the list and a change fit the screen in %s mode', async (mode) => {
    const page = await phone.context.newPage();
    await page.emulateMedia({ colorScheme: mode });
    await openHistory(page, DOC.path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page
      .locator('main ol > li')
      .first()
      .getByRole('link', { name: /^show this change/ })
      .click();
    await page.getByTestId('word-diff').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
