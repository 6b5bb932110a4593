import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { SITE_URL } from '../src/config/site.ts';
import { readSections } from '../src/content/sections.ts';
import { readOwners } from '../src/content/schema.ts';
import { absoluteUrls, atomProblems } from '../src/plugins/recent-changes/server/__tests__/atom-validator.ts';
import { baseUrl, openPage, useBrowser, watchPage } from './browser.ts';

// Watching a section: each section's index page and the recent-changes page
// lead to Atom feeds of changes, and a doc says when it changed since the
// reader last opened it.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/watch-feeds
const SECTIONS = readSections(process.cwd());
const OWNERS = readOwners(process.cwd());
const DOC_PATH = '/docs/culture/culture-deck';
const MARK = 'Changed since your last visit';

/** The feed at `href` as served: valid Atom, naming no host but the configured site. */
async function expectValidFeed(href: string): Promise<string> {
  const response = await fetch(new URL(href, baseUrl()));
  expect(response.status, href).toBe(200);
  const xml = await response.text();
  expect(atomProblems(xml), href).toEqual([]);
  expect(
    absoluteUrls(xml).filter((url) => !url.startsWith(`${SITE_URL}/`)),
    href,
  ).toEqual([]);
  return xml;
}

describe('section and owner feeds', () => {
  const browser = useBrowser();

  test.each(SECTIONS.map((section) => [section.label, section.to, section.folder]))(
    'the %s index page links its section feed, for readers and feed readers',
    async (label, to, folder) => {
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await openPage(page, to);
      const href = `/recent-changes/sections/${folder}.xml`;
      const link = page.getByRole('link', { name: `Atom feed of changes to ${label} pages` });
      await expect(link.getAttribute('href')).resolves.toBe(href);
      // Beside the blog's feed, which every page names.
      const alternates = await page
        .locator('head link[rel="alternate"][type="application/atom+xml"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(alternates).toContain(href);
      const xml = await expectValidFeed(href);
      // Every entry is a page of that section.
      const entryLinks = [...xml.matchAll(/<entry>[\s\S]*?href="([^"]+)"/g)].map(([, url]) => url);
      for (const url of entryLinks) expect(url).toMatch(new RegExp(`^${SITE_URL}/docs/${folder}/`));
      expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
      await page.close();
    },
  );

  test('the recent-changes page lists every section and owner feed, each valid Atom', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/recent-changes');
    const watch = page.getByRole('region', { name: 'Watch a section or an owner' });
    const links = await watch
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ...SECTIONS.map((section) => [section.label, `/recent-changes/sections/${section.folder}.xml`]),
      ...OWNERS.map((owner) => [owner.name, `/recent-changes/owners/${owner.id}.xml`]),
    ]);
    const entries = await Promise.all(
      links.map(async ([, href]) => (await expectValidFeed(href ?? '')).split('<entry>').length - 1),
    );
    // The culture guides own culture pages that have a history: their feed is not empty.
    expect(entries[SECTIONS.length + OWNERS.findIndex((owner) => owner.id === 'culture-guides')]).toBeGreaterThan(0);
    await page.close();
  });
});

describe('"changed since your last visit" on a doc', () => {
  const browser = useBrowser();

  async function openWithLastVisit(page: Page, lastVisit: string | null) {
    await openPage(page, DOC_PATH);
    await page.evaluate(
      ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
      [`handbook:page-last-visit:${DOC_PATH}`, lastVisit] as const,
    );
    await page.reload();
    await settled(page);
  }

  /** Hydrated, this visit recorded (the mark is decided in the same step) and rendered. */
  async function settled(page: Page) {
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForFunction((key) => {
      const recorded = Date.parse(localStorage.getItem(key) ?? '');
      return recorded <= Date.now() && recorded > Date.now() - 60_000;
    }, `handbook:page-last-visit:${DOC_PATH}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }

  const lastUpdated = (page: Page) => page.locator('.theme-last-updated');

  test('a page changed after the last visit is marked beside its last update', async () => {
    const page = await browser.context.newPage();
    await openWithLastVisit(page, '2000-01-01T00:00:00Z');
    await expect(lastUpdated(page).getByText(MARK, { exact: true }).isVisible()).resolves.toBe(true);
    // That visit is now recorded: the next one has nothing new.
    await page.reload();
    await settled(page);
    await expect(lastUpdated(page).textContent()).resolves.toMatch(/^Last updated on /);
    await expect(page.getByText(MARK).count()).resolves.toBe(0);
    await page.close();
  });

  test.each([
    ['a visit after the last change', '2999-01-01T00:00:00Z'],
    ['a first visit', null],
  ])('%s shows no mark', async (_name, lastVisit) => {
    const page = await browser.context.newPage();
    await openWithLastVisit(page, lastVisit);
    await expect(lastUpdated(page).textContent()).resolves.toMatch(/^Last updated on /);
    await expect(page.getByText(MARK).count()).resolves.toBe(0);
    await page.close();
  });
});
