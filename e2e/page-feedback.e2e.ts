import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { REPO_URL } from '../src/config/site.ts';
import { baseUrl, openPage, useBrowser, watchPage } from './browser.ts';

// "Was this page helpful?" and "Ask for a page about …", followed the way a
// reader does, down to the exact issue URL each path would open.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/page-feedback
const DOC_PATH = '/docs/culture/culture-deck';
const ISSUES = `${REPO_URL}/issues/new`;
// The build under test was made from this checkout's HEAD (build again after committing).
const COMMIT = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const OWNER = encodeURIComponent('Culture guides (@perf-eng/culture-guides)');
const REPORT_BASE = `${ISSUES}?template=page-is-wrong.yml&title=${encodeURIComponent('Page is wrong: The culture deck')}&page=${encodeURIComponent(DOC_PATH)}&owner=${OWNER}&version=${COMMIT}`;

const feedback = (page: Page) => page.getByRole('region', { name: 'Was this page helpful?' });
const issueLink = (page: Page) =>
  feedback(page).getByRole('link', { name: 'Open a prefilled issue for Culture guides' });

describe('was this page helpful?', () => {
  const browser = useBrowser();

  test('"Yes" thanks the reader and opens nothing', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, DOC_PATH);
    await feedback(page).getByRole('button', { name: 'Yes' }).click();
    await expect(feedback(page).getByRole('status').textContent()).resolves.toMatch(/^Thank you!/);
    expect(await feedback(page).getByRole('link').count()).toBe(0);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('"No", a kind and a sentence give the exact prefilled issue URL, by keyboard alone', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, DOC_PATH);
    await feedback(page).getByRole('button', { name: 'No' }).focus();
    await page.keyboard.press('Enter');
    // Focus lands on the first choice of the form it opened (the form loads on the reader's first move towards it).
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(
      'A fact is wrong',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The deck has "7" slides & <more>.');
    await expect(issueLink(page).getAttribute('href')).resolves.toBe(
      `${REPORT_BASE}&kind=It%20is%20out%20of%20date&problem=${encodeURIComponent('The deck has "7" slides & <more>.')}`,
    );
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('"Report this" on selected text quotes it in the same issue', async () => {
    const page = await browser.context.newPage();
    await openPage(page, DOC_PATH);
    const paragraph = page.locator('article .theme-doc-markdown p', { hasText: 'slide presentation' });
    const text = (await paragraph.evaluate((element) => (element as HTMLElement).innerText)).trim();
    await paragraph.selectText();
    await page.getByRole('button', { name: 'Report this' }).click();
    await expect(feedback(page).locator('blockquote').textContent()).resolves.toBe(text);
    await expect(issueLink(page).getAttribute('href')).resolves.toBe(
      `${REPORT_BASE}&problem=${encodeURIComponent(`> ${text}`)}`,
    );
    await page.close();
  });

  test('selected text outside the doc offers nothing', async () => {
    const page = await browser.context.newPage();
    await openPage(page, DOC_PATH);
    await page.locator('footer').first().selectText();
    await page.waitForTimeout(100);
    expect(await page.getByRole('button', { name: 'Report this' }).count()).toBe(0);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('the open form has no axe violations in %s mode', async (mode) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: mode });
    await openPage(page, DOC_PATH);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(mode);
    await page.locator('article .theme-doc-markdown p').first().selectText();
    await page.getByRole('button', { name: 'Report this' }).waitFor();
    await page.getByRole('button', { name: 'Report this' }).click();
    await issueLink(page).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  const browser = useBrowser();

  test('the block is a plain link to the issue form with the page filled in', async () => {
    const page = await browser.context.newPage();
    // No script runs: the page stays as the server rendered it.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(new URL(DOC_PATH, baseUrl()).toString());
    const link = feedback(page).getByRole('link', { name: 'Tell Culture guides what is missing or wrong' });
    await expect(link.getAttribute('href')).resolves.toBe(REPORT_BASE);
    expect(await feedback(page).getByRole('button').count()).toBe(0);
    await page.close();
  });
});

describe('a search that finds nothing', () => {
  const browser = useBrowser();

  async function emptyDialog(page: Page, query: string) {
    await openPage(page, DOC_PATH);
    await page.getByRole('button', { name: 'Search the handbook' }).click();
    await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
    await page.getByText(`No pages match “${query}”.`).waitFor();
  }

  const missingTopic = (query: string, from: string, owner: string) =>
    `${ISSUES}?template=missing-topic.yml&title=${encodeURIComponent(`Missing topic: ${query}`)}&query=${encodeURIComponent(query)}&from=${encodeURIComponent(from)}&owner=${encodeURIComponent(owner)}`;

  test.each([
    ['the owner of the section closest to the query', 'cultureqq', 'Culture guides (@perf-eng/culture-guides)'],
    [
      'the handbook maintainers when no section is close',
      'zyxquor',
      'Handbook maintainers (@perf-eng/handbook-maintainers)',
    ],
  ])('the dialog asks for a page, addressed to %s', async (_name, query, owner) => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await emptyDialog(page, query);
    const link = page.getByRole('link', { name: `Ask for a page about “${query}”` });
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('a')].some((a) => a.href === expected),
      missingTopic(query, DOC_PATH, owner),
    );
    await expect(link.getAttribute('href')).resolves.toBe(missingTopic(query, DOC_PATH, owner));
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test('the /search page asks for a page too', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/search?q=cultureqq');
    const link = page.getByRole('link', { name: 'Ask for a page about “cultureqq”' });
    const expected = missingTopic('cultureqq', '/search?q=cultureqq', 'Culture guides (@perf-eng/culture-guides)');
    await page.waitForFunction((href) => [...document.querySelectorAll('a')].some((a) => a.href === href), expected);
    await expect(link.getAttribute('href')).resolves.toBe(expected);
    await page.close();
  });
});
