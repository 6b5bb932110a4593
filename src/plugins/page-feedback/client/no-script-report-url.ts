// The browser's side of `@handbook/no-script-report-url` (see
// server/no-script-report-url.ts): the no-JavaScript link's href is already
// in the server's HTML, and hydration keeps it, so the browser computes none.
import type { PageReport } from '../shared/issue-url.ts';

export default function noScriptReportUrl(_issuesNewUrl: string, _report: PageReport): string | undefined {
  return undefined;
}
