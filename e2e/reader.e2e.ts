import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { baseUrl, launchBrowser, openPage, type Browser } from './browser.ts';

// A reader's first visit: from the home page into the handbook and through it.
describe('reading the handbook', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  test('home page offers a Start here action that opens the reading path', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.getByRole('link', { name: 'Start here', exact: true }).first().click();
    await page.waitForURL('**/docs/start-here');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/start here/i);
    await page.close();
  });

  test('the navbar, the sidebar and previous/next links lead through the docs', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Handbook' }).click();
    await page.waitForURL('**/docs/**');

    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    await sidebar
      .getByRole('button', { name: /Culture/ })
      .first()
      .click();
    const culturePage = sidebar.getByRole('link', { name: /Freedom and responsibility/i });
    await culturePage.click();
    await page.waitForURL('**/docs/culture/freedom-and-responsibility');
    const title = await page.locator('h1').textContent();

    const pager = page.getByRole('navigation', { name: 'Docs pages' });
    await pager.locator('.pagination-nav__link--next').click();
    await page.waitForFunction((previous) => document.querySelector('h1')?.textContent !== previous, title);
    await pager.locator('.pagination-nav__link--prev').click();
    await page.waitForURL('**/docs/culture/freedom-and-responsibility');
    await page.close();
  });

  test('the colour-mode toggle cycles system, light and dark, and the choice survives a reload', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await openPage(page, '/docs/start-here');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: /mode/ }).first();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await toggle.click();
      const label = (await toggle.getAttribute('title')) ?? '';
      seen.push(label);
      if (/dark mode/.test(label)) {
        await expect(html.getAttribute('data-theme')).resolves.toBe('dark');
        await page.reload();
        await page.waitForSelector('html[data-has-hydrated="true"]');
        await expect(html.getAttribute('data-theme')).resolves.toBe('dark');
      }
    }
    expect(seen.join(' | ')).toMatch(/system mode/);
    expect(seen.join(' | ')).toMatch(/light mode/);
    expect(seen.join(' | ')).toMatch(/dark mode/);
    await page.close();
  });

  test('on a 375 px phone the menu opens and reaches every section', async () => {
    const phone = await launchBrowser({ viewport: { width: 375, height: 740 } });
    try {
      const page = await phone.context.newPage();
      await openPage(page, '/');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);
      await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
      const menu = page.locator('.navbar-sidebar');
      await expect(menu.isVisible()).resolves.toBe(true);
      await menu.getByRole('link', { name: 'Start here' }).click();
      await page.waitForURL(`${baseUrl()}/docs/start-here`);
    } finally {
      await phone.close();
    }
  });
});
