import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';

import { dismissDialogs, openPage, useBrowser, watchPage, type PageProblems } from './browser.ts';
import { describeViolations } from './support/axe.ts';

// What a careless or hostile query must not do, what a screen reader and
// axe must find, and how search fits a phone.
const CLEAN: PageProblems = { consoleMessages: [], foreignRequests: [], pageErrors: [] };

/** Each odd query, what the dialog's live region ends up saying, and what the search page shows. */
const BAD_QUERIES: Array<[name: string, query: string, announcement: RegExp, pageText: RegExp]> = [
  ['a script tag', '<script>alert(1)</script>', /found/, /pages? match/],
  ['an image with onerror', '<img src=x onerror=alert(1)>', /found/, /pages? match/],
  ['an attribute breakout', '"><svg onload=alert(document.domain)>', /found/, /pages? match/],
  ['10,000 characters', 'performance '.repeat(900).slice(0, 10_000), /found/, /pages? match/],
  ['regular expression metacharacters', '.*+?^${}()|[]\\ (a+)+$', /found/, /pages? match/],
  ['emoji', '🔥📈🐢 flame', /found/, /pages? match/],
  ['only emoji', '🔥📈🐢', /^No pages found$/, /No pages match/],
  ['only spaces', '        ', /^$/, /Type a word or two/],
];

/**
 * Scripts the page did not ship: inline ones not there at load, or files from
 * anywhere but the site's own bundle folder. The bundle may load a chunk of
 * its own while a query runs; a query must never add anything else.
 */
const unexpectedScripts = (page: Page, inlineAtLoad: string[]) =>
  page.evaluate(
    (known) =>
      [...document.scripts]
        .filter((script) => {
          if (!script.src) return !known.includes(script.text);
          const url = new URL(script.src);
          return url.origin !== location.origin || !url.pathname.includes('/assets/js/');
        })
        .map((script) => script.src || script.text.slice(0, 80)),
    inlineAtLoad,
  );

const inlineScripts = (page: Page) =>
  page.evaluate(() => [...document.scripts].filter((script) => !script.src).map((script) => script.text));

async function expectResponsive(page: Page) {
  const started = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  expect(Date.now() - started).toBeLessThan(2_000);
}

describe('hostile and odd queries', () => {
  const browser = useBrowser();

  test.each(BAD_QUERIES)('in the box: %s', async (_name, query, announcement) => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const dialogs = dismissDialogs(page);
    await openPage(page, '/');
    const inlineAtLoad = await inlineScripts(page);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Search the handbook' });
    await input.fill(query);
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(announcement);
    await expectResponsive(page);
    expect(await unexpectedScripts(page, inlineAtLoad)).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test.each(BAD_QUERIES)('in ?q= of the search page: %s', async (_name, query, _announcement, pageText) => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const dialogs = dismissDialogs(page);
    await openPage(page, `/search?q=${encodeURIComponent(query)}`);
    const main = page.locator('main');
    await expect.poll(() => main.innerText(), { timeout: 10_000 }).toMatch(pageText);
    await expectResponsive(page);
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual(CLEAN);
    await page.close();
  });
});

describe('accessibility', () => {
  const browser = useBrowser();

  test.each(['light', 'dark'] as const)(
    'axe finds nothing with the box open and results shown (%s)',
    async (scheme) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openPage(page, '/docs/start-here');
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(scheme);
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').pressSequentially('tracing');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page }).analyze();
      expect(describeViolations(results)).toEqual([]);
      await page.close();
    },
  );

  test.each(['light', 'dark'] as const)(
    'axe finds nothing on /search with results and filters (%s)',
    async (scheme) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await openPage(page, '/search?q=flame%20graphs&section=work-updates');
      await page.locator('main ol > li').first().waitFor();
      // The site footer belongs to the layout, not to search, and is checked by the site's own tests.
      const results = await new AxeBuilder({ page }).exclude('footer').analyze();
      expect(describeViolations(results)).toEqual([]);
      await page.close();
    },
  );

  test('the dialog announces the result count in a live region', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('cricket');
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/^\d+ pages? found$/);
    await page.close();
  });
});

describe('on a 375 px phone', () => {
  const phone = useBrowser({ viewport: { width: 375, height: 740 } });

  test('/search with results and filters does not scroll sideways', async () => {
    const page = await phone.context.newPage();
    await openPage(page, '/search?q=performance%20monitoring%20counters');
    await page.locator('main ol > li').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  test('the box opens from the navbar button and fits the screen', async () => {
    const page = await phone.context.newPage();
    await openPage(page, '/');
    await page.getByRole('button', { name: 'Search the handbook' }).click();
    await page.getByRole('combobox').fill('microservices');
    await page.getByRole('option').first().waitFor();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
