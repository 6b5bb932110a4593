import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';

import type { IndexManifest, IndexPack, SectionChunk } from '../src/plugins/handbook-search/shared/types.ts';
import { baseUrl, openPage, useBrowser, watchPage, type PageProblems } from './browser.ts';

// The navbar search box and the /search page, used the way a reader does:
// open it, type, move with the keyboard, land on the heading.
// Try: DOCUSAURUS_GENERATED_FILES_DIR_NAME=.docusaurus-search npx docusaurus build --out-dir build-search
//      BUILD_DIR=build-search npx vitest run --config e2e/vitest.config.mts e2e/search
const CLEAN: PageProblems = { consoleMessages: [], foreignRequests: [], pageErrors: [] };

const searchButton = (page: Page) => page.getByRole('button', { name: 'Search the handbook' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search the handbook' });

/**
 * Waits for results that answer everything typed so far: results for an
 * earlier prefix ("frame pointe") can show first and then be replaced, which
 * resets the active option under a test that already pressed an arrow key.
 */
async function firstResults(page: Page) {
  const typed = (await combobox(page).inputValue()).replace(/\s+/g, ' ').trimStart();
  await page.waitForFunction(
    (query) => document.querySelector('[data-results-for]')?.getAttribute('data-results-for') === query,
    typed,
  );
  await page.getByRole('option').first().waitFor();
}

describe('the navbar search box', () => {
  const browser = useBrowser();

  test('loads nothing of the search engine until the reader reaches for it', async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openPage(page, '/docs/start-here');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/search-index/'))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBeGreaterThan(0);
    await searchButton(page).hover();
    await page.waitForRequest((request) => request.url().endsWith('/search-index/manifest.json'));
    await page.close();
  });

  test('after the first answer the rest of the index comes in the background, and later words need no request', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const requested: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/search-index/')) requested.push(path);
    });
    const manifest = (await (await fetch(new URL('/search-index/manifest.json', baseUrl()))).json()) as IndexManifest;
    const packPaths = Array.from(
      { length: manifest.packCount },
      (_, n) => `/search-index/${manifest.version}/pack-${n}.json`,
    );
    expect(packPaths.length).toBeGreaterThan(0);

    await openPage(page, '/docs/start-here');
    const packsIn = Promise.all(
      packPaths.map((path) => page.waitForResponse((response) => new URL(response.url()).pathname === path)),
    );
    await searchButton(page).click();
    await combobox(page).fill('flame graph');
    await firstResults(page);
    // The worker starts the packs once it has posted the answer, which a busy
    // host may paint later still: so the check is that every file the answer
    // needed came before the first pack, not that no pack has started yet.
    const answerFiles = requested.slice();
    const firstPack = answerFiles.findIndex((path) => path.includes('/pack-'));
    const beforePacks = firstPack === -1 ? answerFiles : answerFiles.slice(0, firstPack);
    expect(beforePacks.length).toBeGreaterThan(1);
    expect(answerFiles.slice(beforePacks.length).filter((path) => !path.includes('/pack-'))).toEqual([]);
    await packsIn;

    requested.length = 0;
    await combobox(page).fill('');
    await combobox(page).pressSequentially('reactive tracing', { delay: 20 });
    await firstResults(page);
    await combobox(page).fill('');
    await combobox(page).pressSequentially('offsites', { delay: 20 });
    await firstResults(page);
    expect(requested).toEqual([]);
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  /**
   * A page whose search gets the page rows from the packs but none of the
   * section chunks they carry (as on a large handbook, where the packs stop
   * at an allowance). Its first answer comes whole; after it, section chunks
   * are held back until `releaseSnippets` is called, as on a slow network.
   */
  async function pageWithSlowSnippets() {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const held: Array<() => Promise<void>> = [];
    let holding = false;
    await page.route('**/search-index/*/pack-*.json', async (route) => {
      const pack = (await (await route.fetch()).json()) as IndexPack;
      await route.fulfill({ json: pack.filter(([kind]) => kind === 'vocabulary' || kind === 'pages') });
    });
    await page.route('**/search-index/*/sections-*.json', (route) =>
      holding ? void held.push(() => route.continue()) : route.continue(),
    );
    await openPage(page, '/docs/start-here');
    const packIn = page.waitForResponse((response) => /\/pack-0\.json$/.test(response.url()));
    await searchButton(page).click();
    // One query for a rare word: the chunks of its one or two pages, not those of every prefix typed on the way.
    await combobox(page).fill('offsites');
    await firstResults(page);
    await packIn;
    // The worker has read the pack once the fetch resolves; give it the turn.
    await page.waitForTimeout(100);
    holding = true;
    return { page, problems, releaseSnippets: () => Promise.all(held.map((release) => release())) };
  }

  test('lists pages by title while their snippets are on their way, then fills in their sections in place', async () => {
    const { page, problems, releaseSnippets } = await pageWithSlowSnippets();
    await combobox(page).fill('latency');
    await firstResults(page);
    const groups = page.getByRole('listbox', { name: 'Search results' }).getByRole('group');
    const titlesFirst = await groups.allInnerTexts();
    expect(titlesFirst.length).toBeGreaterThan(2);
    const waiting = await page.getByRole('option').filter({ hasText: 'Open the page' }).count();
    expect(waiting).toBeGreaterThan(0);

    await releaseSnippets();
    await expect
      .poll(() => page.getByRole('option').filter({ hasText: 'Open the page' }).count(), { timeout: 10_000 })
      .toBe(0);
    const filled = await groups.allInnerTexts();
    // The same pages in the same order, each now with a heading and snippet under its title.
    expect(filled.map((text) => text.split('\n')[0])).toEqual(titlesFirst.map((text) => text.split('\n')[0]));
    expect(await page.locator('[role="option"] mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test('a page listed by title opens at its top with Enter', async () => {
    const { page, problems } = await pageWithSlowSnippets();
    await combobox(page).fill('latency');
    await firstResults(page);
    const options = page.getByRole('option');
    const texts = await options.allInnerTexts();
    const waiting = texts.findIndex((text) => text.includes('Open the page'));
    expect(waiting).toBeGreaterThanOrEqual(0);
    const groupName = await options
      .nth(waiting)
      .evaluate((option) => option.closest('[role="group"]')?.querySelector('[id]')?.textContent ?? '');
    for (let step = 0; step < waiting; step++) await page.keyboard.press('ArrowDown');
    await expect(options.nth(waiting).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/docs/start-here' && url.hash === '');
    // The URL changes before the new route has rendered: wait for its title.
    await expect
      .poll(() => page.locator('h1').first().innerText(), { timeout: 10_000 })
      .toSatisfy((heading: string) => heading !== 'Start here' && groupName.includes(heading));
    await expect(dialog(page).count()).resolves.toBe(0);
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test.each([
    ['a click', (page: Page) => searchButton(page).click()],
    ['Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
    ['Meta+K', (page: Page) => page.keyboard.press('Meta+k')],
    ['the / key', (page: Page) => page.keyboard.press('/')],
  ])('opens with %s and focuses its input', async (_how, open) => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await open(page);
    await dialog(page).waitFor();
    await expect(combobox(page).evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('does not steal "/" from a reader typing in a field', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/search');
    const field = page.getByRole('searchbox', { name: 'Words to look for' });
    await field.click();
    await page.keyboard.type('a/b');
    await expect(field.inputValue()).resolves.toBe('a/b');
    await expect(dialog(page).count()).resolves.toBe(0);
    await page.close();
  });

  test('shows results as you type, grouped by page with section label, heading and marked words', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, '/');
    await searchButton(page).click();
    await combobox(page).pressSequentially('flame graph', { delay: 20 });
    await firstResults(page);
    await expect(combobox(page).getAttribute('aria-expanded')).resolves.toBe('true');
    const listboxId = await combobox(page).getAttribute('aria-controls');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getAttribute('id')).resolves.toBe(listboxId);
    const groups = listbox.getByRole('group');
    expect(await groups.count()).toBeGreaterThan(1);
    const firstGroup = await groups.first().innerText();
    expect(firstGroup).toMatch(/Day in the Life|Work Updates|Handbook|Blog|Culture|Mission/);
    expect(await page.locator('[role="option"] mark').count()).toBeGreaterThan(0);
    expect((await page.locator('[role="option"] mark').first().innerText()).toLowerCase()).toMatch(/^flame|^graph/);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /pages? found/ })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /See all \d+ results/ }).count()).resolves.toBe(1);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test('arrow keys move the active option and Enter opens its heading', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, '/');
    await page.keyboard.press('Control+k');
    await combobox(page).pressSequentially('frame pointers');
    await firstResults(page);
    const options = page.getByRole('option');
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(combobox(page).getAttribute('aria-activedescendant')).resolves.toBe(
      await options.nth(1).getAttribute('id'),
    );
    await page.keyboard.press('ArrowUp');
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/docs\/.+#.+/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // The URL changes before the new route has rendered; wait for the heading.
    await page.locator(`[id="${anchor}"]`).waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    }, anchor);
    await expect(dialog(page).count()).resolves.toBe(0);
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test('Escape closes the dialog and gives focus back to the button', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/docs/culture/culture-deck');
    await searchButton(page).click();
    await combobox(page).fill('culture');
    await firstResults(page);
    await page.keyboard.press('Escape');
    await expect(dialog(page).count()).resolves.toBe(0);
    await expect(searchButton(page).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('a typo still finds the page and says what it searched for', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await searchButton(page).click();
    await combobox(page).fill('cultre deck');
    await firstResults(page);
    await expect(page.getByRole('dialog').innerText()).resolves.toMatch(/Showing matches for culture deck/);
    await expect(page.getByRole('group').first().innerText()).resolves.toMatch(/culture deck/i);
    await page.close();
  });

  test('"See all results" opens the search page with the query', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/');
    await searchButton(page).click();
    await combobox(page).fill('on call');
    const link = page.getByRole('link', { name: /See all \d+ results/ });
    // A real address (a new tab opens it), followed in the page: no reload.
    await expect(link.getAttribute('href')).resolves.toBe('/search?q=on%20call');
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await link.click();
    await page.waitForURL(/\/search\?q=on\+call|\/search\?q=on%20call/);
    const field = page.getByRole('searchbox', { name: 'Words to look for' });
    await expect.poll(() => field.inputValue()).toBe('on call');
    await expect(page.evaluate(() => 'loadedOnce' in window)).resolves.toBe(true);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the index', () => {
  test('every section it links to is a heading id on its page', async () => {
    const indexUrl = new URL('/search-index/', baseUrl());
    const manifest = (await (await fetch(new URL('manifest.json', indexUrl))).json()) as IndexManifest;
    const pageIds = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (let chunk = 0; chunk < manifest.chunkStarts.length; chunk++) {
      const response = await fetch(new URL(`${manifest.version}/sections-${chunk}.json`, indexUrl));
      for (const [url, anchor] of (await response.json()) as SectionChunk) {
        if (!pageIds.has(url)) {
          const html = await (await fetch(new URL(url, baseUrl()))).text();
          pageIds.set(url, new Set([...html.matchAll(/\sid="?([^"\s>]+)/g)].map((match) => match[1] ?? '')));
        }
        if (anchor && !pageIds.get(url)?.has(anchor)) missing.push(`${url}#${anchor}`);
      }
    }
    expect(pageIds.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('the /search page', () => {
  const browser = useBrowser();

  test('reads the query from the URL and shows the count and linked headings', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, '/search?q=flame%20graphs');
    const summary = page.getByRole('status').filter({ hasText: /match/ });
    await expect(summary.innerText()).resolves.toMatch(/^\d+ pages? match(es)? “flame graphs”/);
    const results = page.locator('main ol > li');
    expect(await results.count()).toBeGreaterThan(1);
    const sectionLink = results.first().locator('ul a').first();
    await expect(sectionLink.getAttribute('href')).resolves.toMatch(/^\/(docs|blog)\/.+/);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual(CLEAN);
    await page.close();
  });

  test('keeps the URL in step with typing and filters, so the search can be shared', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/search');
    const field = page.getByRole('searchbox', { name: 'Words to look for' });
    await field.pressSequentially('tracing');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tracing');
    await page.locator('main ol > li').first().waitFor();
    await page.getByRole('checkbox', { name: /Blog/ }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('section').join() === 'blog');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main ol > li > span:first-child')].every((label) => label.textContent === 'Blog'),
    );
    await page.getByRole('checkbox', { name: /Work Updates/ }).check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.getAll('section').join() === 'work-updates,blog',
    );
    await page.reload();
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await expect(page.getByRole('checkbox', { name: /Blog/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /Culture/ }).isChecked()).resolves.toBe(false);
    await expect(field.inputValue()).resolves.toBe('tracing');
    await page.close();
  });

  test('an empty result suggests queries, the glossary and a correction', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/search?q=zqxwv%20plonk');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /No pages match/ })
        .innerText(),
    ).resolves.toMatch(/No pages match “zqxwv plonk”/);
    await expect(page.getByRole('link', { name: 'glossary' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'flame graphs' }).getAttribute('href')).resolves.toBe(
      '/search?q=flame+graphs',
    );

    await openPage(page, '/search?q=freedom%20and%20responsibilty');
    const correction = page.getByRole('link', { name: 'freedom responsibility' });
    await correction.waitFor();
    await correction.click();
    await page.waitForURL(/q=freedom\+responsibility/);
    await page.locator('main ol > li').first().waitFor();
    await page.close();
  });

  test('with no query it explains itself and offers suggestions', async () => {
    const page = await browser.context.newPage();
    await openPage(page, '/search');
    await expect(page.locator('main').innerText()).resolves.toMatch(/Type a word or two/);
    await expect(page.getByRole('link', { name: 'culture deck' }).count()).resolves.toBe(1);
    await page.close();
  });
});
