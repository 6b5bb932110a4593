import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startPreviewServer, type PreviewServer } from '../scripts/lib/preview-server.ts';
import { launchBrowser, watchPage, type Browser } from './browser.ts';
import { buildFixtureSite, type FixtureSite } from './support/fixture-site.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';
import { RECORD_VIOLATIONS, recordedViolations } from './support/csp.ts';

// A moved page's old address still reaches it: a copy of the handbook whose
// redirect list says the culture deck used to live at OLD_PATH, served by
// nginx with the generated config, by the preview server, and as the client
// redirect page a plain static host would serve, under the real
// Content-Security-Policy.
// Try: npx vitest run --config e2e/vitest.config.mts e2e/redirects
const OLD_PATH = '/docs/culture/the-culture-deck';
const NEW_PATH = '/docs/culture/culture-deck';

let site: FixtureSite;
let nginx: RunningNginx;
let preview: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildFixtureSite({ 'src/data/redirects.yml': `- from: ${OLD_PATH}\n  to: ${NEW_PATH}\n` });
  nginx = await startNginx(site.buildDir);
  preview = await startPreviewServer(site.buildDir);
  browser = await launchBrowser();
  // A full build of the handbook's copy: minutes on a busy two-core machine.
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await preview?.close();
  site?.remove();
});

async function openInBrowser(site: string, path: string) {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  const problems = watchPage(page, site);
  await page.goto(`${site}${path}`);
  await page.waitForURL((url) => url.pathname === NEW_PATH);
  await page.waitForSelector('article h1');
  const result = {
    url: new URL(page.url()),
    heading: await page.locator('article h1').first().innerText(),
    violations: await recordedViolations(page),
    problems: [...problems.consoleMessages, ...problems.pageErrors],
  };
  await page.close();
  return result;
}

describe.each([
  ['nginx with the generated config', () => nginx.url],
  ['the preview server', () => preview.url],
])('a moved page under %s', (_name, siteUrl) => {
  test.each([OLD_PATH, `${OLD_PATH}/`])('%s answers 301 to the new address, keeping the query', async (path) => {
    const response = await fetch(`${siteUrl()}${path}?from=bookmark`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${NEW_PATH}?from=bookmark`);
  });

  test('a reader following the old address lands on the page', async () => {
    const result = await openInBrowser(siteUrl(), OLD_PATH);
    expect(result.url.pathname).toBe(NEW_PATH);
    expect(result.heading).toBe('The culture deck');
    expect(result.problems).toEqual([]);
  });
});

test('on a host without 301s, the client redirect page sends the reader on, its script allowed by the policy', async () => {
  // nginx serves the redirect page file itself here (only the bare old address has a 301), with the CSP.
  const result = await openInBrowser(nginx.url, `${OLD_PATH}/index.html?from=bookmark#values`);
  expect(result.violations).toEqual([]);
  // The meta refresh alone would drop the query and fragment: the inline script ran.
  expect(`${result.url.pathname}${result.url.search}${result.url.hash}`).toBe(`${NEW_PATH}?from=bookmark#values`);
  expect(result.heading).toBe('The culture deck');
});
