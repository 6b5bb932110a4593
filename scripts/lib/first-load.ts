// What a reader downloads before a page is usable: every script and
// stylesheet fetched until the page has hydrated and the network is quiet,
// counted as transferred (compressed by the serving server), so it includes
// the route chunks Docusaurus loads after main.js, not only what the HTML names.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export type FirstLoad = { jsGzip: number; cssGzip: number };

export async function measureFirstLoad(context: BrowserContext, url: string): Promise<FirstLoad> {
  const page = await context.newPage();
  // Cold, as for a first visit: nothing from earlier pages in the cache.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    sizes.push(request.sizes().then((size) => ({ type, bytes: Math.max(0, size.responseBodySize) })));
  });
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(sizes);
  await page.close();
  const sum = (type: string) =>
    done.filter((item) => item.type === type).reduce((total, item) => total + item.bytes, 0);
  return { jsGzip: sum('script'), cssGzip: sum('stylesheet') };
}

export function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
