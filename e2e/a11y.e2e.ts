import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { baseUrl, openPage, sitemapPaths, useBrowser } from './browser.ts';
import { describeViolations } from './support/axe.ts';

// axe-core on every page of the sitemap, in light and in dark mode: zero
// violations of any impact. The theme's own colours are fixed in
// src/css/a11y.css when this fails.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/a11y
/**
 * The history view reads its page from the query, which the sitemap cannot
 * list: a page's list of changes, one change and a comparison are added here.
 */
function historyViews(page: string, file: string): string[] {
  const commits = execFileSync('git', ['log', '--follow', '--format=%H', '--', file], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const [newest, oldest] = [commits[0], commits.at(-1)];
  return [
    `/history?page=${page}`,
    `/history?page=${page}&diff=${newest}`,
    `/history?page=${page}&from=${oldest}&to=${newest}`,
  ];
}
const HISTORY_VIEWS = historyViews('/docs/about', 'docs/about.md');
const paths = [...(await sitemapPaths()), ...HISTORY_VIEWS];
const MODES = ['light', 'dark'] as const;

/**
 * The localStorage key Docusaurus keeps the colour mode under. It is 'theme'
 * plus a suffix derived from the site's URL, so it is read from the page's
 * own colour-mode script rather than guessed.
 */
async function colorModeStorageKey(): Promise<string> {
  const html = await (await fetch(new URL('/', baseUrl()))).text();
  const key = /localStorage\.getItem\("(theme[^"]*)"\)/.exec(html)?.[1];
  if (!key) throw new Error('The home page has no colour-mode script reading localStorage; has Docusaurus changed it?');
  return key;
}

const colorModeKey = await colorModeStorageKey();

async function setColorMode(page: Page, mode: (typeof MODES)[number]) {
  // Docusaurus reads the stored choice before the first paint.
  await page.addInitScript(({ storageKey, theme }) => window.localStorage.setItem(storageKey, theme), {
    storageKey: colorModeKey,
    theme: mode,
  });
}

describe.each(MODES)('axe in %s mode', (mode) => {
  const browser = useBrowser();

  test.each(paths)('%s has no violations', async (path) => {
    const page = await browser.context.newPage();
    await setColorMode(page, mode);
    await openPage(page, path);
    // A history view fetches its data after hydration: check it once that has arrived.
    if (HISTORY_VIEWS.includes(path)) await page.locator('main ol, [data-testid="word-diff"]').first().waitFor();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(mode);
    const results = await new AxeBuilder({ page }).analyze();
    expect(describeViolations(results)).toEqual([]);
    await page.close();
  });
});

/** True when the focused element shows an outline or a box shadow a sighted keyboard user can see. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return hasOutline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}

describe('keyboard only', () => {
  const browser = useBrowser();

  test('the first Tab reaches a skip link that moves focus to the main content', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/culture/culture-deck');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const focusIsInMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      const focused = document.activeElement;
      return Boolean(main && focused && (focused.contains(main) || main.contains(focused)));
    });
    expect(focusIsInMain).toBe(true);
    // The next Tab continues inside the content, not back in the navbar.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await page.close();
  });

  test('tabbing reaches the navbar, the sidebar and the content, always with a visible focus', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/culture/culture-deck');
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let press = 0; press < 80 && reached.size < 3; press++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return { region: 'none', name: '' };
        const region = element.closest('.navbar')
          ? 'navbar'
          : element.closest('.theme-doc-sidebar-container')
            ? 'sidebar'
            : element.closest('article')
              ? 'content'
              : 'other';
        return {
          region,
          name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        };
      });
      if (where.region !== 'other' && where.region !== 'none') reached.add(where.region);
      if (!(await focusIsVisible(page))) invisible.push(where.name);
    }
    expect([...reached].sort()).toEqual(['content', 'navbar', 'sidebar']);
    expect(invisible).toEqual([]);
    await page.close();
  });
});
