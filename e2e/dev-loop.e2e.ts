// The contributor's loop under `npm start`: a page added while the dev server
// runs shows up, without a restart, wherever other pages speak of it (the
// backlinks of the page it links to, the glossary's "Used on", search), and
// once deleted it is gone from all three. Runs `docusaurus start` on a copy
// of the handbook (design/dev-loop.md), where pages compile when first opened
// (design/pages-on-demand.md).
import { mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { copySite } from '../scripts/lib/copy-site.ts';
import { openWhenReady, startDevServer, type DevServer } from '../scripts/lib/dev-server.ts';
import { launchBrowser, type Browser } from './browser.ts';

const NEW_PAGE = 'docs/culture/dev-loop-visitor.md';
const NEW_TITLE = 'A visitor of the dev loop';
const NEW_URL = '/docs/culture/dev-loop-visitor';
const LINKED_PAGE = '/docs/culture/little-bureaucracy';
/** A word no other page has, so search finds this page and nothing else. */
const UNIQUE_WORD = 'quokkapedia';
/** A word the edit of an existing page adds. */
const EDITED_WORD = 'wombatorium';

const NEW_PAGE_MARKDOWN = `---
title: ${NEW_TITLE}
description: A page the dev-loop browser test adds and removes while the dev server runs.
tags: [culture]
owner: culture-guides
last_reviewed: 2026-11-25
---

Reading hardware counters (PMC) is covered elsewhere; the word ${UNIQUE_WORD} appears on this page only.
See [little bureaucracy](./little-bureaucracy.md) for the culture side.
`;

/**
 * Loads `path` again until `check` holds: the server applies a save in its
 * own time, with no restart. A save that adds or deletes a page makes the
 * server compile twice (stock Docusaurus too: the docs' data files are
 * written before the routes), and a page opened between the two compiles can
 * receive a script the second one rewrites while it is sent, fail to parse it
 * and never hydrate (design/dev-loop.md). Such a load, or one a hot update
 * reloads under the check, is "not yet", as it is for a reader who reloads.
 * Giving up, it says what each load showed, so a failure tells a stale server
 * from a slow one.
 */
async function eventually(page: Page, server: DevServer, path: string, check: (page: Page) => Promise<boolean>) {
  const started = Date.now();
  const deadline = started + 90_000;
  const errors: string[] = [];
  /** What the loads showed, runs of the same outcome counted once ("3× from 0.6 s: not shown"). */
  const loads: { outcome: string; count: number; from: number }[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    for (;;) {
      const outcome = await page
        .goto(`${server.url}${path}`)
        .then(() => page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 15_000 }))
        .then(() => check(page))
        .then((shown) => (shown ? 'shown' : 'not shown'))
        .catch((error: unknown) => String(error).split('\n')[0] ?? 'failed');
      if (outcome === 'shown') return;
      const last = loads.at(-1);
      if (last?.outcome === outcome) last.count += 1;
      else loads.push({ outcome, count: 1, from: (Date.now() - started) / 1000 });
      if (Date.now() > deadline) {
        const shown = loads.map(({ outcome, count, from }) => `${count}× from ${from.toFixed(1)} s: ${outcome}`);
        throw new Error(
          `${path} did not show the change within 90 s (page errors: ${errors.join('; ') || 'none'}; loads: ${shown.join(', ')})`,
        );
      }
      await page.waitForTimeout(1000);
    }
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * Saves `file` as editors with atomic saves do: the new text is written
 * beside it and renamed over it, so the watchers see one complete file. Saved
 * in place (truncated, then written), a file can be read empty by the reload
 * Docusaurus starts on the truncation, and that read stays until the next
 * save, in stock Docusaurus too (design/dev-loop.md). That is Docusaurus'
 * race; this test is about ours.
 */
function save(file: string, text: string) {
  const written = `${file}.${process.pid}.saving`;
  writeFileSync(written, text);
  renameSync(written, file);
}

/** The titles under "Linked from" on the open page. */
function linkedFrom(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Linked from' })
    .getByRole('link')
    .allInnerTexts()
    .catch(() => []);
}

/** The page titles the glossary lists under "Used on" for the entry whose heading has this id. */
function usedOn(page: Page, entryId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const titles: string[] = [];
    for (let node = document.getElementById(id)?.nextElementSibling; node && node.tagName !== 'H2';) {
      if (node.tagName === 'UL') titles.push(...[...node.querySelectorAll('a')].map((link) => link.textContent ?? ''));
      node = node.nextElementSibling;
    }
    return titles;
  }, entryId);
}

/** The version of the search index the dev server serves now (its folder under search-index/), or why there is none. */
async function servedIndexVersion(server: DevServer): Promise<string> {
  // Never throws: in the error message of a failed search check, a server that stopped answering must not hide that failure.
  try {
    const response = await fetch(`${server.url}/search-index/manifest.json`, { cache: 'no-store' });
    if (!response.ok) return `(HTTP ${response.status})`;
    return ((await response.json()) as { version: string }).version;
  } catch (error) {
    return `(no answer: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** What the search page showed last, and the index version its worker read last (the test's error message names both). */
let lastSearchShown = '';
let browserIndexVersion = '(none read)';

/** The result titles /search shows for a query, once it has answered. */
async function searchResults(page: Page): Promise<string[]> {
  const status = page.getByRole('status').filter({ hasText: /match/ });
  await status.waitFor();
  const titles = await page.locator('main ol > li a').allInnerTexts();
  lastSearchShown = `${await status.innerText()} [${titles.join(' | ')}]`;
  return titles;
}

/** Reloads /search?q=`query` until `check` holds for its result titles; giving up, says what search showed last. */
async function searchEventually(page: Page, server: DevServer, query: string, check: (titles: string[]) => boolean) {
  lastSearchShown = '(no answer)';
  try {
    await eventually(page, server, `/search?q=${query}`, async () => check(await searchResults(page)));
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; search showed ${lastSearchShown} from index ${browserIndexVersion}; the server's index is ${await servedIndexVersion(server)}`,
    );
  }
}

describe('npm start: a page added and deleted while the server runs', () => {
  let siteDir = '';
  let server: DevServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    siteDir = mkdtempSync(join(tmpdir(), 'handbook-dev-loop-'));
    copySite(join(__dirname, '..'), siteDir);
    server = await startDevServer(siteDir);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    browser.context.on('response', (response) => {
      if (!response.url().endsWith('/search-index/manifest.json')) return;
      response
        .json()
        .then((manifest: { version: string }) => (browserIndexVersion = manifest.version))
        .catch(() => (browserIndexVersion = `(HTTP ${response.status()})`));
    });
    await openWhenReady(page, server, `${server.url}${LINKED_PAGE}`, 'Little bureaucracy', 240_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(siteDir, { recursive: true, force: true });
  });

  test('before: nothing names the page yet', async () => {
    expect(await linkedFrom(page)).not.toContain(NEW_TITLE);
    await searchEventually(page, server, UNIQUE_WORD, (titles) => titles.length === 0);
  });

  test('on demand: a page no one has opened compiles when a link to it is followed', async () => {
    // Under npm start each Markdown page compiles when the browser first asks for it (design/pages-on-demand.md).
    const compiles = () => server.countLines(/compiled (successfully|with)/);
    await page.goto(`${server.url}${LINKED_PAGE}`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const before = compiles();
    await page
      .getByRole('navigation', { name: 'Docs sidebar' })
      .getByRole('link', { name: 'Freedom and responsibility', exact: true })
      .click();
    await page.locator('article h1', { hasText: 'Freedom and responsibility' }).waitFor({ timeout: 90_000 });
    expect(compiles()).toBeGreaterThan(before);
  }, 180_000);

  test('added: the linked page, the glossary and search show it without a restart', async () => {
    save(join(siteDir, NEW_PAGE), NEW_PAGE_MARKDOWN);
    await eventually(page, server, NEW_URL, async () =>
      (await page.locator('article h1').allInnerTexts()).includes(NEW_TITLE),
    );
    await eventually(page, server, LINKED_PAGE, async () => (await linkedFrom(page)).includes(NEW_TITLE));
    await eventually(page, server, '/docs/glossary', async () => (await usedOn(page, 'pmc')).includes(NEW_TITLE));
    await searchEventually(page, server, UNIQUE_WORD, (titles) => titles.some((title) => title.includes(NEW_TITLE)));
  }, 300_000);

  test('deleted: none of them lists it any more', async () => {
    unlinkSync(join(siteDir, NEW_PAGE));
    await eventually(page, server, LINKED_PAGE, async () => !(await linkedFrom(page)).includes(NEW_TITLE));
    await eventually(page, server, '/docs/glossary', async () => {
      const titles = await usedOn(page, 'pmc');
      return titles.length > 0 && !titles.includes(NEW_TITLE);
    });
    await searchEventually(page, server, UNIQUE_WORD, (titles) => titles.length === 0);
  }, 300_000);

  test('edited: the open page shows the new text, the new search index starts no compile, and search finds it', async () => {
    // A page far from a reading-minute boundary: a new minute would rightly rewrite global data and compile again.
    const file = join(siteDir, 'docs/culture/culture-deck.md');
    await page.goto(`${server.url}/docs/culture/culture-deck`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const compiles = () => server.countLines(/compiled (successfully|with)/);
    // The edit's own index is the first with another version: a rebuild left over from the deletion has the old one.
    const versionBefore = await servedIndexVersion(server);
    save(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nAsk about ${EDITED_WORD} here.\n`);
    // Hot reload: the open tab is not reloaded by the test.
    await page.waitForFunction((word) => document.querySelector('article')?.textContent?.includes(word), EDITED_WORD, {
      timeout: 90_000,
    });
    const deadline = Date.now() + 90_000;
    let version = versionBefore;
    // A moment without any index (HTTP 404, while the new folder is moved in) is not the new one either.
    while ((version === versionBefore || version.startsWith('(')) && Date.now() < deadline) {
      await page.waitForTimeout(250);
      version = await servedIndexVersion(server);
    }
    expect(version).toMatch(/^[0-9a-f]+$/);
    expect(version).not.toBe(versionBefore);
    // Time for a compile that writing the new index would start: there must be none.
    const compiledWhenIndexed = compiles();
    await page.waitForTimeout(3000);
    expect(compiles()).toBe(compiledWhenIndexed);
    await searchEventually(page, server, EDITED_WORD, (titles) =>
      titles.some((title) => title.includes('The culture deck')),
    );
  }, 300_000);

  test('in place: a save to the body leaves the rest of the page as the reader left it; a new heading reaches the contents', async () => {
    // The body alone updates (design/page-body-updates.md); stock Docusaurus mounts the whole page again, and
    // the category the reader closed opens again around the open page.
    const file = join(siteDir, 'docs/culture/culture-deck.md');
    const original = readFileSync(file, 'utf8');
    await page.goto(`${server.url}/docs/culture/culture-deck`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    const openPageLink = sidebar.getByRole('link', { name: 'The culture deck', exact: true });
    await sidebar.getByRole('button', { name: "Collapse sidebar category 'Culture'" }).click();
    await openPageLink.waitFor({ state: 'hidden' });
    save(file, `${original.trimEnd()}\n\nA sentence saved in place.\n`);
    await page.waitForFunction(
      () => document.querySelector('article')?.textContent?.includes('A sentence saved in place.'),
      undefined,
      { timeout: 90_000 },
    );
    // Time for any later update of the same save to land.
    await page.waitForTimeout(2000);
    expect(await sidebar.getByRole('button', { name: "Expand sidebar category 'Culture'" }).isVisible()).toBe(true);
    expect(await openPageLink.isVisible()).toBe(false);

    save(file, `${original.trimEnd()}\n\n## A heading saved later\n\nUnder it, one sentence.\n`);
    await page
      .locator('.table-of-contents')
      .getByRole('link', { name: 'A heading saved later' })
      .first()
      .waitFor({ timeout: 90_000 });
    expect(await page.locator('article').innerText()).not.toContain('A sentence saved in place.');
  }, 300_000);

  test('after an error: a page that crashed shows its mended text on the next save, without a reload', async () => {
    // The crashed page's body is off screen, so the save renders the whole page again (design/page-body-updates.md).
    const file = join(siteDir, 'docs/start-here.mdx');
    const original = readFileSync(file, 'utf8');
    await page.goto(`${server.url}/docs/start-here`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    save(file, `${original.trimEnd()}\n\n{handbookNameNobodyDefined}\n`);
    await page.getByText('handbookNameNobodyDefined is not defined').first().waitFor({ timeout: 90_000 });
    save(file, `${original.trimEnd()}\n\nA sentence that mends the page.\n`);
    await page.getByText('A sentence that mends the page.').waitFor({ timeout: 90_000 });
    expect(await page.getByText('handbookNameNobodyDefined is not defined').count()).toBe(0);
    save(file, original);
  }, 300_000);
});
