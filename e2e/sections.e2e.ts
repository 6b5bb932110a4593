import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { readHandbookPages } from '../src/content/handbook-pages.ts';
import { openPage, useBrowser } from './browser.ts';

// Each section card on the home page opens its section, and the sidebar lists
// every page of that section (as the docs folder holds them).
const siteDir = join(__dirname, '..');
const SECTIONS = ['day-in-the-life', 'culture', 'mission', 'work-updates'].map((folder) => {
  const category = JSON.parse(readFileSync(join(siteDir, 'docs', folder, '_category_.json'), 'utf8')) as {
    label: string;
  };
  const titles = readHandbookPages(siteDir)
    .filter((page) => page.kind === 'doc' && page.id.startsWith(`${folder}/`))
    .map((page) => String(page.frontMatter.sidebar_label ?? page.frontMatter.title));
  return { folder, label: category.label, titles };
});

describe('the four sections', () => {
  const browser = useBrowser();

  test.each(SECTIONS)('$label opens from the home page and its pages are in the sidebar', async (section) => {
    expect(section.titles.length).toBeGreaterThanOrEqual(3);
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await page.getByRole('list', { name: 'Handbook sections' }).getByRole('link', { name: section.label }).click();
    await page.waitForURL(`**/docs/${section.folder}`);
    await page.locator('h1', { hasText: section.label }).waitFor();
    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    for (const title of section.titles) {
      await sidebar.getByRole('link', { name: title, exact: true }).waitFor();
    }
    await page.close();
  });
});
