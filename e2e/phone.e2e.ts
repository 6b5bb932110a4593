import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';

import { openPage, useBrowser } from './browser.ts';

// A 375 px phone (the narrowest common width): no page scrolls sideways, in
// either colour mode. Screenshots land in test-results/ for a person to look at.
const PHONE = { width: 375, height: 740 };
const PAGES = [
  ['home', '/'],
  ['doc', '/docs/work-updates/linux-tracing'],
  ['start-here', '/docs/start-here'],
  ['blog-post', '/blog/2017/05/16/three-years-in-performance-engineering'],
  ['search', '/search'],
  ['recent-changes', '/recent-changes'],
] as const;
const SCREENSHOT_DIR = 'test-results';

describe.each(['light', 'dark'] as const)('on a 375 px phone in %s mode', (mode) => {
  beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));
  const phone = useBrowser({ viewport: PHONE });

  test.each(PAGES)('%s (%s) fits the screen', async (name, path) => {
    const page = await phone.context.newPage();
    await page.emulateMedia({ colorScheme: mode });
    await openPage(page, path);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(mode);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-${name}-${mode}.png` });
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});

describe('the closed phone menu', () => {
  const phone = useBrowser({ viewport: PHONE });

  // Docusaurus prefetches the page behind every link that comes into view,
  // so a closed menu whose links slid past on load cost the reader a fetch
  // of every page in the section (design/phone-menu-prefetch.md).
  test('keeps its links off the screen while a doc page loads', async () => {
    const page = await phone.context.newPage();
    // Watches each menu link as Docusaurus' <Link> does, with an IntersectionObserver.
    await page.addInitScript({
      content: `window.menuLinksOnScreen = new Set();
        const seen = new IntersectionObserver((entries) => {
          for (const entry of entries) {
            if ((entry.isIntersecting || entry.intersectionRatio > 0) && !document.querySelector('.navbar-sidebar--show')) {
              window.menuLinksOnScreen.add(entry.target.getAttribute('href'));
            }
          }
        });
        const watch = () => document.querySelectorAll('.navbar-sidebar a[href]').forEach((link) => seen.observe(link));
        new MutationObserver(watch).observe(document, { childList: true, subtree: true });`,
    });
    await openPage(page, '/docs/work-updates/linux-tracing');
    // The menu's docs panel is filled after hydration; give any slide time to end.
    await page.locator('.navbar-sidebar .theme-doc-sidebar-menu a').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => [
      ...(window as unknown as { menuLinksOnScreen: Set<string> }).menuLinksOnScreen,
    ]);
    expect(seen).toEqual([]);
    await page.close();
  });
});
