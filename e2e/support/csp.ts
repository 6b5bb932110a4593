import type { Page } from 'playwright-core';

import { openPage, watchPage, type Browser } from '../browser.ts';

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
 * Opens each path of `site` in its own tab until the network is idle and
 * returns one line per problem: a status other than 200, a policy
 * violation, a console error, an uncaught error or a request to another site.
 */
export async function walkPages(browser: Browser, site: string, paths: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const path of paths) {
    const page = await browser.context.newPage();
    await page.addInitScript(RECORD_VIOLATIONS);
    const problems = watchPage(page, site);
    const response = await openPage(page, path, site);
    await page.waitForLoadState('networkidle');
    if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
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
