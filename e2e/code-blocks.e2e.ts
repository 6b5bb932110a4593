import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

import { baseUrl, openPage, useBrowser, watchPage } from './browser.ts';

// Code blocks: highlighted in the built page and after it runs, in colours
// that pass contrast checks (src/plugins/code-highlighting/code-themes.ts, e2e/a11y.e2e.ts), with
// a working copy button. docs/about.md has one YAML block.
const PAGE_WITH_CODE = '/docs/about';
// A hook name of Prism's tokenizer: in any script that carries Prism.
const PRISM_MARKER = 'after-tokenize';

/** The scripts a page downloads, each with whether Prism is in it. */
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
    await openPage(page, PAGE_WITH_CODE);
    const colours = await yamlKeyColours(page);
    expect(colours.key).not.toBe(colours.text);

    const copy = page.getByRole('button', { name: 'Copy code to clipboard' });
    await copy.click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('owner: culture-guides');
    expect(copied).toContain('title: Giving feedback');

    expect(problems).toEqual({ consoleMessages: [], foreignRequests: [], pageErrors: [] });
    await page.close();
  });

  // The code arrives highlighted (src/plugins/code-highlighting): no page, with code or without, loads Prism.
  test.each([
    PAGE_WITH_CODE,
    '/',
    '/docs/work-updates/linux-tracing',
    '/blog/2017/05/16/three-years-in-performance-engineering',
  ])('%s downloads no highlighter', async (path) => {
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    await openPage(page, path);
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((script) => script.hasPrism).map((script) => script.url)).toEqual([]);
    await page.close();
  });

  test('in dark mode the block takes the dark theme', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, PAGE_WITH_CODE);
    await page.locator('html[data-theme="dark"]').waitFor();
    const block = page.locator('pre.language-yaml').first();
    const colourOf = (selector: string) =>
      block
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).color);
    expect(await block.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(40, 42, 54)'); // dracula's #282a36
    // Dracula colours strings (not keys, which stay plain); the light theme's pink would be rgb(218, 16, 104).
    expect(await colourOf('.token.string')).toBe('rgb(255, 121, 198)');
    expect(await colourOf('.token.plain')).toBe('rgb(248, 248, 242)');
    await page.close();
  });

  test('reached through a link, the block is highlighted too', async () => {
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
