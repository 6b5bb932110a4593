import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { baseUrl, openPage, useBrowser, watchPage } from './browser.ts';

// Code blocks are highlighted, and only pages that show code download the
// highlighter (src/plugins/code-highlighting). docs/about.md has one YAML block.
const PAGE_WITH_CODE = '/docs/about';
const PAGES_WITHOUT_CODE = [
  '/',
  '/docs/work-updates/linux-tracing',
  '/blog/2017/05/16/three-years-in-performance-engineering',
];
// A string of Prism's tokenizer: in the highlighter's chunk and nowhere else.
const PRISM_MARKER = 'after-tokenize';

/** The page's scripts, each with whether Prism is in it. */
function recordScripts(page: Page): Promise<{ url: string; hasPrism: boolean }>[] {
  const scripts: Promise<{ url: string; hasPrism: boolean }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.text().then((text) => ({ url: response.url(), hasPrism: text.includes(PRISM_MARKER) })));
  });
  return scripts;
}

async function yamlKeyColours(page: Page): Promise<{ key: string; text: string }> {
  const block = page.locator('pre.language-yaml').first();
  const key = await block
    .locator('.token.key')
    .first()
    .evaluate((element) => getComputedStyle(element).color);
  const text = await block
    .locator('.token.plain')
    .first()
    .evaluate((element) => getComputedStyle(element).color);
  return { key, text };
}

describe('code blocks', () => {
  const browser = useBrowser();

  test('the built page already holds the code highlighted, for a reader without JavaScript', async () => {
    const html = await (await fetch(`${baseUrl()}${PAGE_WITH_CODE}`)).text();
    expect(html).toMatch(/<pre[^>]*language-yaml/);
    expect(html).toMatch(/<span class="?token key atrule"?[^>]*>title<\/span>/);
  });

  test('after the page runs, the block is highlighted and its copy button copies the code', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    const scripts = recordScripts(page);
    await openPage(page, PAGE_WITH_CODE);
    const colours = await yamlKeyColours(page);
    expect(colours.key).not.toBe(colours.text);

    const copy = page.getByRole('button', { name: 'Copy code to clipboard' });
    await copy.click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('owner: culture-guides');
    expect(copied).toContain('title: Giving feedback');

    // The control for the test below: here the highlighter does arrive.
    expect((await Promise.all(scripts)).some((script) => script.hasPrism)).toBe(true);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  test.each(PAGES_WITHOUT_CODE)('%s, which has no code, downloads no highlighter', async (path) => {
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    await openPage(page, path);
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((script) => script.hasPrism).map((script) => script.url)).toEqual([]);
    await page.close();
  });

  test('reached through a link from a page without code, the block is highlighted too', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page);
    await openPage(page, '/docs/start-here');
    await page
      .getByRole('navigation', { name: 'Docs sidebar' })
      .getByRole('link', { name: 'About', exact: true })
      .click();
    await page.waitForURL(`**${PAGE_WITH_CODE}`);
    await page.locator('pre.language-yaml .token.key').first().waitFor();
    const colours = await yamlKeyColours(page);
    expect(colours.key).not.toBe(colours.text);
    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });
});
