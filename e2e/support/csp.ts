import type { BrowserContext, Page } from 'playwright-core';

import { watchPage } from '../browser.ts';

/** Records Content-Security-Policy violations from the first byte of the page on (an init script). */
export const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
  });
};

/** The violations a page recorded since RECORD_VIOLATIONS ran in it. */
export const recordedViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * Opens each path of `site` in its own tab of `context` until the network is
 * idle and returns one line per problem: a status other than 200, a page that
 * ended on another site (a sign-in page), a policy violation, a console
 * error, an uncaught error or a request to another site.
 */
export async function walkPages(context: BrowserContext, site: string, paths: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  const origin = new URL(site).origin;
  for (const path of paths) {
    const page = await context.newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    const problems = watchPage(page, site);
    const response = await page.goto(new URL(path, site).toString());
    if (response?.status() !== 200 || new URL(page.url()).origin !== origin) {
      failures.push(`${path}: status ${response?.status()} at ${page.url()}`);
      await page.close();
      continue;
    }
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
    for (const item of [
      ...(await recordedViolations(page)),
      ...problems.consoleMessages,
      ...problems.pageErrors,
      ...problems.foreignRequests,
    ]) {
      failures.push(`${path}: ${item}`);
    }
    await page.close();
  }
  return failures;
}
