import { describe, expect, test } from 'vitest';

import { baseUrl, launchBrowser, openPage, useBrowser } from './browser.ts';

// A reader's first visit: from the home page into the handbook and through it.
describe('reading the handbook', () => {
  const browser = useBrowser();

  test('home page offers a Start here action that opens the reading path', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.getByRole('main').getByRole('link', { name: 'Start here', exact: true }).click();
    await page.waitForURL('**/docs/start-here');
    await page.locator('h1', { hasText: /start here/i }).waitFor();
    await page.close();
  });

  test('the navbar, the sidebar and previous/next links lead through the docs', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Handbook', exact: true }).click();
    await page.waitForURL('**/docs/**');

    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    await sidebar.getByRole('button', { name: /Culture/ }).click();
    await sidebar.getByRole('link', { name: 'Freedom and responsibility', exact: true }).click();
    await page.waitForURL('**/docs/culture/freedom-and-responsibility');
    await page.locator('h1', { hasText: 'Freedom and responsibility' }).waitFor();
    const activeLink = sidebar.locator('a[aria-current="page"]');
    await expect(activeLink.textContent()).resolves.toBe('Freedom and responsibility');

    const pager = page.getByRole('navigation', { name: 'Docs pages' });
    const nextTitle = (await pager.locator('.pagination-nav__link--next .pagination-nav__label').textContent()) ?? '';
    expect(nextTitle).not.toBe('');
    await pager.locator('.pagination-nav__link--next').click();
    await page.locator('h1', { hasText: nextTitle }).waitFor();
    await page.getByRole('navigation', { name: 'Docs pages' }).locator('.pagination-nav__link--prev').click();
    await page.waitForURL('**/docs/culture/freedom-and-responsibility');
    await page.close();
  });

  test('a docs address no page has says so once the page runs, and the navbar still leads into the docs', async () => {
    const page = await browser.context.newPage();
    const response = await openPage(page, '/docs/culture/no-such-page');
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    // After hydration: the docs' route table (src/plugins/route-lookup) found no doc for the address.
    await expect(page.locator('h1').textContent()).resolves.toBe('Page Not Found');
    await expect(page.getByRole('navigation', { name: 'Docs sidebar' }).count()).resolves.toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start here', exact: true }).click();
    await page.waitForURL('**/docs/start-here');
    await page.locator('h1', { hasText: /start here/i }).waitFor();
    const activeLink = page.getByRole('navigation', { name: 'Docs sidebar' }).locator('a[aria-current="page"]');
    await expect(activeLink.textContent()).resolves.toMatch(/start here/i);
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
      const menuButton = page.getByRole('button', { name: 'Toggle navigation bar' });
      await menuButton.click();
      const menu = page.locator('.navbar-sidebar');
      await menu.getByRole('link', { name: 'Start here' }).click();
      await page.waitForURL(`${baseUrl()}/docs/start-here`);

      // On a doc page the menu carries the handbook's sections, with the page open marked.
      await menuButton.click();
      for (const section of ['Day in the Life', 'Culture', 'Mission', 'Work Updates']) {
        await menu.getByRole('link', { name: section, exact: true }).waitFor();
      }
      await menu.locator('.theme-doc-sidebar-menu a[aria-current="page"]', { hasText: 'Start here' }).waitFor();
      await menu.getByRole('link', { name: 'Culture', exact: true }).click();
      await page.waitForURL(`${baseUrl()}/docs/culture`);
      await page.locator('h1', { hasText: 'Culture' }).waitFor();
      // Following a link closes the menu.
      await page.locator('.navbar-sidebar--show').waitFor({ state: 'detached' });
    } finally {
      await phone.close();
    }
  });
});
