import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startPreviewServer, type PreviewServer } from '../scripts/lib/preview-server.ts';
import { STOCK_DOCUSAURUS_ENV } from '../src/internals/registry.ts';
import { baseUrl, openPage, pathsInSitemap, sitemapPaths, useBrowser, watchPage } from './browser.ts';

// HANDBOOK_STOCK_DOCUSAURUS=1 turns off every patch on Docusaurus internals
// (src/internals/registry.ts). This builds the site that way, into a folder
// of its own, and checks it is the same site: the same pages with the same
// titles, readable, with highlighted code and a working search.
// Try: HANDBOOK_STOCK_DOCUSAURUS=1 npm run build -- --out-dir build-stock
const PATCHED_DIR = resolve(process.env.BUILD_DIR ?? 'build');
const BUILD_MINUTES = 10;
// A hook name of Prism's tokenizer: only a stock build ships Prism to the browser.
const PRISM_MARKER = 'after-tokenize';

let stockDir = '';
let buildOutput = '';
let preview: PreviewServer | undefined;

beforeAll(() => {
  stockDir = join(mkdtempSync(join(tmpdir(), 'handbook-stock-')), 'build');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out-dir', stockDir], {
    encoding: 'utf8',
    env: { ...process.env, [STOCK_DOCUSAURUS_ENV]: '1' },
    maxBuffer: 64 * 2 ** 20,
  });
  buildOutput = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`the stock build failed:\n${buildOutput.slice(-4000)}`);
}, BUILD_MINUTES * 60_000);

beforeAll(async () => {
  preview = await startPreviewServer(stockDir);
});

afterAll(async () => {
  await preview?.close();
  if (stockDir) rmSync(resolve(stockDir, '..'), { recursive: true, force: true });
});

function site(): string {
  if (!preview) throw new Error('the stock build is not being served');
  return preview.url;
}

/** Every page's <title>, by its path in the sitemap of a build folder. */
function pageTitles(buildDir: string): Map<string, string> {
  const sitemap = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
  const titles = new Map<string, string>();
  for (const path of pathsInSitemap(sitemap)) {
    const file = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
    const html = readFileSync(join(buildDir, file), 'utf8');
    titles.set(path, /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  }
  return titles;
}

/** The site's scripts in a build folder, with whether each carries Prism. */
function scriptsWithPrism(buildDir: string): string[] {
  const jsDir = join(buildDir, 'assets', 'js');
  return readdirSync(jsDir).filter((file) => readFileSync(join(jsDir, file), 'utf8').includes(PRISM_MARKER));
}

describe('the site built with HANDBOOK_STOCK_DOCUSAURUS=1', () => {
  const browser = useBrowser();

  test('is built by one docusaurus build, with Prism shipped to the browser as stock Docusaurus does', () => {
    expect(buildOutput).not.toContain('rendering the pages in a new process');
    expect(scriptsWithPrism(stockDir).length).toBeGreaterThan(0);
    expect(scriptsWithPrism(PATCHED_DIR)).toEqual([]);
  });

  test('has the same pages, with the same titles, as the patched build', () => {
    const stock = pageTitles(stockDir);
    expect(stock.size).toBeGreaterThan(20);
    expect(stock).toEqual(pageTitles(PATCHED_DIR));
  });

  test('every page in its sitemap loads cleanly', async () => {
    const paths = await sitemapPaths(site());
    const page = await browser.context.newPage();
    const problems = watchPage(page, site());
    for (const path of paths) {
      const response = await openPage(page, path, site());
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('main').count(), path).toBeGreaterThan(0);
    }
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  }, 240_000);

  test('a doc page reads as in the patched build, with its code highlighted', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, site());
    await openPage(page, '/docs/about', baseUrl());
    const patchedText = await page.locator('article').innerText();
    await openPage(page, '/docs/about', site());
    await expect(page.locator('article').innerText()).resolves.toBe(patchedText);
    const block = page.locator('pre.language-yaml').first();
    const key = await block
      .locator('.token.key')
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    const plain = await block
      .locator('.token.plain')
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    expect(key).not.toBe(plain);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  test('on a phone, the menu shows the docs sidebar and following a link closes it', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await openPage(page, '/docs/start-here', site());
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    await menu.locator('.theme-doc-sidebar-menu a[aria-current="page"]', { hasText: 'Start here' }).waitFor();
    await menu.getByRole('link', { name: 'Culture', exact: true }).click();
    await page.waitForURL(`${site()}/docs/culture`);
    await page.locator('.navbar-sidebar--show').waitFor({ state: 'detached' });
    await page.close();
  });

  test('the search page answers a query with linked results', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, site());
    await openPage(page, '/search?q=flame%20graphs', site());
    const summary = page.getByRole('status').filter({ hasText: /match/ });
    await expect(summary.innerText()).resolves.toMatch(/^\d+ pages? match(es)? “flame graphs”/);
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(1);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });
});
