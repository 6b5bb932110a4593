// First-load bytes of a page as a reader's browser fetches them, with the
// bench's own measure (scripts/lib/first-load.ts: every script and
// stylesheet until hydrated and idle, route chunks included, as transferred
// from the compressing preview server, cache off), for both builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../../src/config/chromium.ts';
import { measureFirstLoad, type FirstLoad } from '../lib/first-load.ts';
import { startPreviewServer } from '../lib/preview-server.ts';

export type FirstLoadBytes = FirstLoad;

async function measurePage(browser: Browser, url: string): Promise<FirstLoadBytes | undefined> {
  // A page the build does not have would measure the 404 page instead.
  if ((await fetch(url, { method: 'HEAD' })).status !== 200) return undefined;
  const context = await browser.newContext();
  try {
    return await measureFirstLoad(context, url);
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
