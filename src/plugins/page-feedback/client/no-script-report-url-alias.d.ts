// The module the page-feedback plugin maps to server/no-script-report-url.ts
// in the server bundle and to client/no-script-report-url.ts in the browser's.
declare module '@handbook/no-script-report-url' {
  import type { PageReport } from '../shared/issue-url.ts';

  /** The no-JavaScript link's href: the full URL on the server, undefined in the browser. */
  export default function noScriptReportUrl(issuesNewUrl: string, report: PageReport): string | undefined;
}
