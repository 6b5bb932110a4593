// The href of the feedback block's no-JavaScript link, for the server build
// only. The plugin maps `@handbook/no-script-report-url` here when it bundles
// for the server, and to client/no-script-report-url.ts for the browser: the
// link exists only in the HTML the server writes (the browser swaps it for
// the Yes/No buttons once hydrated, keeping the server's href meanwhile), so
// the URL encoding never has to be in the first-load JavaScript.
import { pageReportUrl, type PageReport } from '../shared/issue-url.ts';

export default function noScriptReportUrl(issuesNewUrl: string, report: PageReport): string | undefined {
  return pageReportUrl(issuesNewUrl, report);
}
