// First-load bytes of a page as a reader's browser fetches them: every
// script and stylesheet requested until the page has hydrated and the
// network is quiet (route chunks included, which the HTML does not name),
// as transferred from the compressing preview server, with the cache off.
// bench/ measures the same for its own sites; bench/ stays self-contained.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.ts';
import { startPreviewServer } from '../lib/preview-server.ts';

export type FirstLoadBytes = { jsGzip: number; cssGzip: number };

async function measurePage(browser: Browser, url: string): Promise<FirstLoadBytes | undefined> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const sizes: Promise<{ type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const type = request.resourceType();
      if (type === 'script' || type === 'stylesheet') {
        sizes.push(request.sizes().then((size) => ({ type, bytes: Math.max(0, size.responseBodySize) })));
      }
    });
    const response = await page.goto(url);
    if (response?.status() !== 200) return undefined;
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    const done = await Promise.all(sizes);
    const sum = (type: string) =>
      done.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
    return { jsGzip: sum('script'), cssGzip: sum('stylesheet') };
  } finally {
    await context.close();
  }
}

/** First-load JS and CSS of each path in each build; undefined where a build has no such page. */
export async function measureFirstLoads(
  buildDirs: readonly string[],
  paths: readonly string[],
): Promise<(FirstLoadBytes | undefined)[][]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    const results: (FirstLoadBytes | undefined)[][] = [];
    for (const buildDir of buildDirs) {
      const server = await startPreviewServer(buildDir);
      try {
        const row: (FirstLoadBytes | undefined)[] = [];
        for (const path of paths) row.push(await measurePage(browser, `${server.url}${path}`));
        results.push(row);
      } finally {
        await server.close();
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Bytes and files under a folder of the build (the search index), or undefined when it is absent. */
export function folderSize(dir: string): { bytes: number; files: number } | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    bytes: files.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0),
    files: files.length,
  };
}
