import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startPreviewServer, type PreviewServer } from '../scripts/lib/preview-server.ts';
import { dismissDialogs, launchBrowser, openPage, watchPage, type Browser } from './browser.ts';
import { buildFixtureSite, type FixtureSite } from './support/fixture-site.ts';
import { ISSUE_TEXT_PAYLOADS, XSS_PAYLOADS, hostilePage } from './support/xss-payloads.ts';

// Contributed content and reader input cannot run script. A copy of the
// handbook gets a page that stores every payload in its title, description,
// headings, body, code and raw HTML; it is built and served WITHOUT the
// Content-Security-Policy, so what is proven here is the sanitising and
// escaping alone, not the policy that backs them up.
// Try: npx vitest run --config e2e/vitest.config.mts e2e/xss
const HOSTILE_PATH = '/docs/zyxquor-payloads';

let site: FixtureSite;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite({ 'docs/zyxquor-payloads.md': hostilePage() });
  server = await startPreviewServer(site.buildDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** Replaces alert/confirm/prompt with a canary and records script elements added after load. */
const CANARY = () => {
  const state = { calls: [] as string[], scripts: [] as string[] };
  (window as unknown as { __xss: typeof state }).__xss = state;
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (message: unknown) => {
      state.calls.push(`${name}(${String(message)})`);
      return null;
    };
  }
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof HTMLScriptElement)) continue;
        // JSON-LD blocks (re-inserted by react-helmet on hydration) are data, not script.
        if (/json/i.test(node.type)) continue;
        const src = node.getAttribute('src') ?? '';
        // Webpack's own chunk loading adds same-origin /assets/ scripts; nothing else may.
        if (!src.startsWith(`${location.origin}/assets/`) && !src.startsWith('/assets/')) {
          state.scripts.push(src || node.textContent?.slice(0, 80) || 'inline');
        }
      }
    }
  });
  // Scripts in the HTML as served are checked by the static scan and the canary;
  // from here on, nothing may add one.
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
};

type Findings = { dialogs: string[]; canary: string[]; newScripts: string[]; console: string[] };

async function readerPage(): Promise<{ page: Page; findings: () => Promise<Findings> }> {
  const page = await browser.context.newPage();
  const dialogs = dismissDialogs(page);
  await page.addInitScript(CANARY);
  const problems = watchPage(page, server.url);
  return {
    page,
    findings: async () => {
      const state = await page.evaluate(
        () => (window as unknown as { __xss: { calls: string[]; scripts: string[] } }).__xss,
      );
      // The payload <img src=x> is a broken image, not an attack: its 404 is expected.
      const consoleMessages = problems.consoleMessages.filter((line) => !/404 \(Not Found\)/.test(line));
      return {
        dialogs,
        canary: state.calls,
        newScripts: state.scripts,
        console: [...consoleMessages, ...problems.pageErrors],
      };
    },
  };
}

const CLEAN: Findings = { dialogs: [], canary: [], newScripts: [], console: [] };

describe('the built site holds no active content from the hostile page', () => {
  test('no inline script with a payload, no on* attribute, no javascript: URL in any HTML file', () => {
    const found: string[] = [];
    const files = readdirSync(site.buildDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.html'),
    );
    for (const entry of files) {
      const file = join(entry.parentPath, entry.name);
      let inScript = false;
      const parser = new Parser({
        onopentag(name, attributes) {
          inScript = name === 'script' && !attributes.src && !/json/i.test(attributes.type ?? '');
          for (const [attribute, value] of Object.entries(attributes)) {
            if (/^on/i.test(attribute)) found.push(`${file}: <${name} ${attribute}>`);
            if (/^\s*(javascript|vbscript):/i.test(value) && !/React has blocked/.test(value)) {
              found.push(`${file}: <${name} ${attribute}="${value}">`);
            }
          }
        },
        ontext(text) {
          if (inScript && /alert\(\d+\)/.test(text)) found.push(`${file}: inline script ${text.slice(0, 60)}`);
        },
        onclosetag() {
          inScript = false;
        },
      });
      parser.write(readFileSync(file, 'utf8'));
      parser.end();
    }
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  test('the page shows its payloads as text and runs none of them', async () => {
    const { page, findings } = await readerPage();
    await openPage(page, HOSTILE_PATH, server.url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').textContent()).resolves.toBe('Zyxquor payload page <img src=x onerror=alert(101)>');
    await expect(page.locator('pre').first().textContent()).resolves.toContain('<script>alert(1)</script>');
    expect(await findings()).toEqual(CLEAN);
    await page.close();
  });

  test('a diagram whose labels hold <script>, onerror and javascript: is drawn, and runs none of them', async () => {
    const { page, findings } = await readerPage();
    await openPage(page, HOSTILE_PATH, server.url);
    await page.waitForLoadState('networkidle');
    const diagram = page.locator('figure.handbook-diagram svg').first();
    await expect(diagram.isVisible()).resolves.toBe(true);
    await expect(diagram.textContent()).resolves.toContain('Zyxquor diagram');
    const active = await page.evaluate(() =>
      [...document.querySelectorAll('figure.handbook-diagram *')].flatMap((element) => [
        ...(['script', 'foreignobject', 'img', 'iframe'].includes(element.localName) ? [`<${element.localName}>`] : []),
        ...element.getAttributeNames().filter((name) => /^on/i.test(name)),
        ...['href', 'xlink:href']
          .map((name) => element.getAttribute(name) ?? '')
          .filter((value) => /script:/i.test(value)),
      ]),
    );
    expect(active).toEqual([]);
    expect(await findings()).toEqual(CLEAN);
    await page.close();
  });
});

describe.each(XSS_PAYLOADS.map((payload, index) => [index + 1, payload] as const))(
  'payload %i (%s)',
  (_number, payload) => {
    test('typed into the search box', async () => {
      const { page, findings } = await readerPage();
      await openPage(page, '/', server.url);
      await page.keyboard.press('Control+k');
      const box = page.getByRole('combobox');
      await box.fill(`zyxquor ${payload}`);
      await page.waitForTimeout(150);
      await box.fill(payload);
      await page.waitForTimeout(150);
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    });

    test('in the search page URL', async () => {
      const { page, findings } = await readerPage();
      await openPage(page, `/search?q=${encodeURIComponent(payload)}`, server.url);
      await page.waitForLoadState('networkidle');
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    });

    test('as a highlight parameter on the stored page', async () => {
      const { page, findings } = await readerPage();
      await openPage(page, `${HOSTILE_PATH}?highlight=${encodeURIComponent(payload)}#zyxquor`, server.url);
      await page.waitForLoadState('networkidle');
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    });

    test('stored in the page, then found through search', async () => {
      const { page, findings } = await readerPage();
      await openPage(page, `/search?q=${encodeURIComponent(`zyxquor ${payload}`)}`, server.url);
      await page.waitForLoadState('networkidle');
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    });
  },
);

/** A prefilled issue link is a valid https URL of bounded length, with only URL-safe characters. */
async function expectSafeIssueLink(href: string | null) {
  expect(href).not.toBeNull();
  const url = new URL(href ?? '');
  expect(url.protocol).toBe('https:');
  expect(href).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/);
  expect((href ?? '').length).toBeLessThan(6000);
  return url;
}

describe('reader text in prefilled issues', () => {
  let requestsChecked = 0;

  test.each(ISSUE_TEXT_PAYLOADS.map((text, index) => [index + 1, text] as const))(
    'text %i typed into "What was wrong" on the hostile page stays text',
    async (_number, text) => {
      const { page, findings } = await readerPage();
      await openPage(page, HOSTILE_PATH, server.url);
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await page.getByLabel('Tell us more (optional)').fill(text);
      const link = page.getByRole('link', { name: /^Open a prefilled issue for/ });
      const url = await expectSafeIssueLink(await link.getAttribute('href'));
      expect(url.searchParams.get('title')).toBe('Page is wrong: Zyxquor payload page <img src=x onerror=alert(101)>');
      const problem = url.searchParams.get('problem') ?? '';
      // A textarea keeps line breaks as \n, whatever was typed.
      const typed = text.replace(/\r\n?/g, '\n').trim();
      expect(typed.startsWith(problem.replace(/…$/, '').trimEnd().slice(0, 40))).toBe(true);
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    },
  );

  test('the whole hostile page selected and reported stays text, cut with "…"', async () => {
    const { page, findings } = await readerPage();
    await openPage(page, HOSTILE_PATH, server.url);
    await page.locator('article .theme-doc-markdown').selectText();
    await page.getByRole('button', { name: 'Report this' }).click();
    const link = page.getByRole('link', { name: /^Open a prefilled issue for/ });
    const url = await expectSafeIssueLink(await link.getAttribute('href'));
    expect(url.searchParams.get('problem')?.endsWith('…')).toBe(true);
    expect(await findings()).toEqual(CLEAN);
    await page.close();
  });

  test.each(ISSUE_TEXT_PAYLOADS.map((text, index) => [index + 1, text] as const))(
    'text %i searched for becomes a request that stays text',
    async (_number, text) => {
      const { page, findings } = await readerPage();
      // Every word made unknown, so nothing matches and the request is offered;
      // the payload's markup, quotes, line breaks and marks stay as they are.
      const query = text.replace(/[\p{L}\p{N}]+/gu, (word) => `qqzx${word}`);
      await openPage(page, `/search?q=${encodeURIComponent(query)}`, server.url);
      const link = page.getByRole('link', { name: /^Ask for a page about/ });
      // A payload with no word at all is no query: the page shows suggestions instead.
      if (/[\p{L}\p{N}]/u.test(text)) {
        await link.waitFor();
        const url = await expectSafeIssueLink(await link.getAttribute('href'));
        expect(url.searchParams.get('query')).not.toMatch(/[\r\n]/);
        requestsChecked++;
      }
      expect(await findings()).toEqual(CLEAN);
      await page.close();
    },
  );

  test('hostile queries that matched nothing did reach the request link', () => {
    expect(requestsChecked).toBeGreaterThan(0);
  });
});
