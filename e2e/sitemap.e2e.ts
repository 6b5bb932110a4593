import { describe, expect, test } from 'vitest';

import { openPage, sitemapPaths, useBrowser, watchPage } from './browser.ts';

// Every page the sitemap lists loads, hydrates, stays quiet in the console
// and asks nothing of any other host.
const paths = await sitemapPaths();

describe('every page in the sitemap', () => {
  const browser = useBrowser();

  test('the sitemap lists the handbook', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/docs/start-here');
    expect(paths.length).toBeGreaterThan(20);
  });

  test.each(paths)('%s loads cleanly', async (path) => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const response = await openPage(page, path);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/\S/);
    expect(await page.locator('main').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });
});
