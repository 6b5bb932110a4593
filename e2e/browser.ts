import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

import { CHROMIUM_ARGS, chromiumPath } from '../src/config/chromium.ts';

export { chromiumPath };

export type Browser = { context: BrowserContext; close: () => Promise<void> };

/** A Chromium with a fresh, throw-away profile, so no test sees another's storage. */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'handbook-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser for the tests of the describe block (or file) this is called in:
 * launched before the first test, closed after the last.
 */
export function useBrowser(options: Parameters<typeof launchBrowser>[0] = {}): { readonly context: BrowserContext } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(() => browser?.close());
  return {
    get context() {
      if (!browser) throw new Error('useBrowser: the browser is only there inside a test');
      return browser.context;
    },
  };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** What went wrong on a page as a reader would never want to see it. */
export type PageProblems = { consoleMessages: string[]; foreignRequests: string[]; pageErrors: string[] };

/** Starts recording console errors and warnings, uncaught errors and requests that leave the site. */
export function watchPage(page: Page, site = baseUrl()): PageProblems {
  const problems: PageProblems = { consoleMessages: [], foreignRequests: [], pageErrors: [] };
  const ownOrigin = new URL(site).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.consoleMessages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ownOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}

/** Dismisses every alert, confirm or prompt the page opens, and lists their messages. */
export function dismissDialogs(page: Page): string[] {
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  return messages;
}

/** Opens a path of the site and waits until React has hydrated it. */
export async function openPage(page: Page, path: string, site = baseUrl()) {
  const response = await page.goto(new URL(path, site).toString());
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return response;
}

/** The path of every page a sitemap lists (the sitemap names the deployed host, so only the path is kept). */
export function pathsInSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** The paths of every page the served site's sitemap lists. */
export async function sitemapPaths(site = baseUrl()): Promise<string[]> {
  const response = await fetch(new URL('/sitemap.xml', site));
  return pathsInSitemap(await response.text());
}
