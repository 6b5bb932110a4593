import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { SITE_URL } from '../src/config/site.ts';
import { launchBrowser, openPage, sitemapPaths, watchPage, type Browser } from './browser.ts';
import { RECORD_VIOLATIONS, recordedViolations, walkPages } from './support/csp.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';
import { buildVariant } from './support/variant-build.ts';

// Optional analytics, both ways. With HANDBOOK_ANALYTICS_URL set, a second
// build of the site, served by nginx with the headers it generated, sends
// exactly the events it promises to a collector on a loopback port, and
// nothing from a reader who asks not to be tracked. Without it (the usual
// build) no analytics code ships and nothing is ever sent.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/analytics
const BUILD_MINUTES = 10;
const DOC_PATH = '/docs/culture/culture-deck';
const DOMAIN = new URL(SITE_URL).hostname;
/** Long enough for an event's chunk to load and its request to land on loopback. */
const QUIET_MS = 2500;

type Received = { method: string; path: string; headers: IncomingHttpHeaders; body: string };

/** A Plausible-compatible collector on a loopback port that records what it is sent. */
async function startCollector(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      // As Plausible answers: any page may post events.
      response.writeHead(202, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const violations = recordedViolations;

async function waitForEvents(received: Received[], count: number) {
  await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
}

const events = (received: Received[]) => received.map((request) => JSON.parse(request.body) as unknown);

async function searchInDialog(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search the handbook' }).click();
  await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
}

describe('with HANDBOOK_ANALYTICS_URL set', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let outDir: string;
  let nginx: RunningNginx;
  let browser: Browser;

  beforeAll(async () => {
    collector = await startCollector();
    outDir = mkdtempSync(join(tmpdir(), 'handbook-analytics-build-'));
    await buildVariant({
      name: 'analytics',
      outDir,
      env: { HANDBOOK_ANALYTICS_URL: `${collector.url}/api/event` },
      minutes: BUILD_MINUTES,
    });
    nginx = await startNginx(outDir);
    browser = await launchBrowser();
  }, BUILD_MINUTES * 60_000);

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    await collector?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  async function openServed(path: string, before?: () => void) {
    collector.received.length = 0;
    const page = await browser.context.newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    if (before) await page.addInitScript(before);
    const problems = watchPage(page, nginx.url);
    await openPage(page, path, nginx.url);
    return { page, problems };
  }

  test('every sitemap page runs under that policy without a violation, console error or foreign request', async () => {
    collector.received.length = 0;
    const paths = await sitemapPaths(nginx.url);
    expect(paths.length).toBeGreaterThan(20);
    expect(await walkPages(browser.context, nginx.url, paths)).toEqual([]);
    expect(collector.received).toEqual([]);
  }, 180_000);

  test("the generated policy's connect-src gains the collector's origin, and only that", () => {
    for (const file of ['_headers', '_nginx.conf']) {
      const connectSrc = /connect-src ([^;]+);/.exec(readFileSync(join(outDir, file), 'utf8'))?.[1];
      expect(connectSrc, file).toBe(`'self' ${collector.url}`);
    }
  });

  test.each([
    ['Yes', 'Yes'],
    ['No', 'No'],
  ])(
    '"%s" sends one "Page helpful" event, without the query or fragment of the page address',
    async (button, answer) => {
      const { page, problems } = await openServed(`${DOC_PATH}?from=mail&name=someone#values`);
      await page.getByRole('region', { name: 'Was this page helpful?' }).getByRole('button', { name: button }).click();
      await waitForEvents(collector.received, 1);
      expect(events(collector.received)).toEqual([
        { name: 'Page helpful', url: `${nginx.url}${DOC_PATH}`, domain: DOMAIN, props: { answer } },
      ]);
      const [request] = collector.received;
      expect(request?.method).toBe('POST');
      expect(request?.path).toBe('/api/event');
      expect(request?.headers.cookie).toBeUndefined();
      expect(request?.headers.referer).toBeUndefined();
      await expect(violations(page)).resolves.toEqual([]);
      // The collector is the one host besides the site the page talks to.
      expect(problems.foreignRequests).toEqual([`${collector.url}/api/event`]);
      expect(problems.consoleMessages).toEqual([]);
      await page.close();
    },
  );

  test('a search with no result sends its query once the reader stops typing', async () => {
    const { page } = await openServed(DOC_PATH);
    await searchInDialog(page, 'zyxquor');
    await page.getByText('No pages match “zyxquor”.').waitFor();
    await waitForEvents(collector.received, 1);
    await page.waitForTimeout(QUIET_MS);
    expect(events(collector.received)).toEqual([
      { name: 'Search: no result', url: `${nginx.url}${DOC_PATH}`, domain: DOMAIN, props: { query: 'zyxquor' } },
    ]);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test('choosing the second result in the dialog sends its rank', async () => {
    const { page } = await openServed(DOC_PATH);
    await searchInDialog(page, 'culture');
    await page.getByRole('option').nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForEvents(collector.received, 1);
    expect(events(collector.received)).toEqual([
      { name: 'Search: result chosen', url: `${nginx.url}${DOC_PATH}`, domain: DOMAIN, props: { rank: '2' } },
    ]);
    await expect(violations(page)).resolves.toEqual([]);
    await page.close();
  });

  test('choosing the second result on the search page sends its rank, not the query in the address', async () => {
    const { page } = await openServed('/search?q=culture');
    const second = page.locator('main ol > li').nth(1).getByRole('heading').getByRole('link');
    await second.click();
    await waitForEvents(collector.received, 1);
    expect(events(collector.received)).toEqual([
      { name: 'Search: result chosen', url: `${nginx.url}/search`, domain: DOMAIN, props: { rank: '2' } },
    ]);
    await page.close();
  });

  test.each([
    [
      'Do Not Track',
      () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true }),
    ],
    [
      'Global Privacy Control',
      () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    ],
  ])('a reader whose browser sends %s sends nothing', async (_signal, optOut) => {
    const { page, problems } = await openServed(DOC_PATH, optOut);
    await page.getByRole('region', { name: 'Was this page helpful?' }).getByRole('button', { name: 'Yes' }).click();
    await searchInDialog(page, 'zyxquor');
    await page.getByText('No pages match “zyxquor”.').waitFor();
    await page.waitForTimeout(QUIET_MS);
    expect(collector.received).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('without HANDBOOK_ANALYTICS_URL', () => {
  const buildDir = process.env.BUILD_DIR ?? 'build';
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let browser: Browser;
  beforeAll(async () => {
    collector = await startCollector();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await collector?.close();
  });

  test('no analytics code is in the build', () => {
    const scripts = readdirSync(join(buildDir, 'assets', 'js')).map((name) =>
      readFileSync(join(buildDir, 'assets', 'js', name), 'utf8'),
    );
    expect(scripts.length).toBeGreaterThan(5);
    for (const marker of ['Page helpful', 'Search: no result', 'Search: result chosen', 'globalPrivacyControl']) {
      expect(
        scripts.filter((script) => script.includes(marker)),
        marker,
      ).toEqual([]);
    }
    expect(existsSync(join(buildDir, '_headers'))).toBe(true);
    expect(/connect-src ([^;]+);/.exec(readFileSync(join(buildDir, '_headers'), 'utf8'))?.[1]).toBe("'self'");
  });

  test('answering, searching for nothing and choosing a result send no request anywhere', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, DOC_PATH);
    await page.getByRole('region', { name: 'Was this page helpful?' }).getByRole('button', { name: 'Yes' }).click();
    await searchInDialog(page, 'zyxquor');
    await page.getByText('No pages match “zyxquor”.').waitFor();
    await page.getByRole('combobox', { name: 'Search the handbook' }).fill('culture');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== DOC_PATH);
    await page.waitForTimeout(QUIET_MS);
    expect(problems.foreignRequests).toEqual([]);
    expect(collector.received).toEqual([]);
    await page.close();
  });
});
