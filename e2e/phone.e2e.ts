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
