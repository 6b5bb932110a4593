// Turns each URL's answer into what its page's owner should do, and prints
// it three ways: lines for a terminal (`file:line: url: status; fix`),
// JSON for the weekly workflow, and the Markdown body of its issue.
import { STATUS_CODES } from 'node:http';

import type { Owner } from '../../src/content/schema.ts';
import type { UrlAnswer } from './check-url.ts';
import type { PageLink } from './find-links.ts';

type Severity = 'broken' | 'warning';

type Finding = PageLink & {
  severity: Severity;
  /** What the site answered, e.g. "404 Not Found" or "timed out after 2 retries". */
  status: string;
  /** What to do about it, e.g. "remove or replace the link". */
  fix: string;
  statusCode: number | null;
  /** Where a permanent redirect leads: the URL to write instead. */
  newUrl?: string;
  retries: number;
};

type OwnerFindings = { id: string; name: string; github?: string; findings: Finding[] };

export type LinkReport = {
  links: number;
  urls: number;
  pages: number;
  fromCache: number;
  broken: number;
  warnings: number;
  owners: OwnerFindings[];
};

const RETRY_LATER = 'retry later; if it still fails, remove or replace the link';
const REMOVE = 'remove or replace the link';
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'host name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
};

function afterRetries(retries: number): string {
  if (retries === 0) return '';
  return ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
}

function statusText(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`;
}

/** The URL to write instead: the target of the permanent redirects the link starts with, if any. */
function permanentTarget(answer: UrlAnswer, linkUrl: string): string | undefined {
  let target: string | undefined;
  for (const hop of answer.redirects) {
    if (hop.status !== 301 && hop.status !== 308) break;
    target = hop.to;
  }
  if (target === undefined) return undefined;
  // A fragment is never sent to the site, and browsers keep it across a redirect: keep it in the fix too.
  const hash = new URL(linkUrl).hash;
  return hash !== '' && new URL(target).hash === '' ? `${target}${hash}` : target;
}

type Verdict = Pick<Finding, 'severity' | 'status' | 'fix' | 'newUrl'> | undefined;

/** What a link's answer means for its page: nothing (undefined), a warning or a broken link. */
export function judgeAnswer(answer: UrlAnswer, linkUrl: string): Verdict {
  const retried = afterRetries(answer.retries);
  if (answer.error === 'timeout') return { severity: 'broken', status: `timed out${retried}`, fix: RETRY_LATER };
  if (answer.error === 'invalid URL') {
    return { severity: 'broken', status: 'not a valid URL', fix: 'fix the address (a space or a stray character?)' };
  }
  if (answer.error === 'bad redirect' && answer.status !== null) {
    return { severity: 'broken', status: `${statusText(answer.status)} to an address that is no URL`, fix: REMOVE };
  }
  if (answer.error === 'too many redirects') {
    return { severity: 'broken', status: `more than ${answer.redirects.length} redirects`, fix: REMOVE };
  }
  if (answer.status === null) {
    const code = answer.error ?? 'no answer';
    const meaning = NETWORK_ERRORS[code];
    return { severity: 'broken', status: `${code}${meaning ? ` (${meaning})` : ''}${retried}`, fix: RETRY_LATER };
  }
  const status = answer.status;
  const last = answer.redirects.at(-1);
  const at = last ? ` at ${last.to}` : '';
  if (status === 429) {
    const wait = answer.retryAfterSeconds !== undefined ? `, asked to wait ${answer.retryAfterSeconds} s` : retried;
    return { severity: 'warning', status: `${statusText(status)}${wait}`, fix: 'retry later' };
  }
  if (status >= 500) return { severity: 'broken', status: `${statusText(status)}${at}${retried}`, fix: RETRY_LATER };
  if (status === 401 || status === 403) {
    return {
      severity: 'warning',
      status: `${statusText(status)}${at}`,
      fix: 'open it in a browser: the site may refuse automated checks; if the page is gone, remove or replace the link',
    };
  }
  if (status >= 400) return { severity: 'broken', status: `${statusText(status)}${at}`, fix: REMOVE };
  const newUrl = permanentTarget(answer, linkUrl);
  if (newUrl !== undefined) {
    const first = answer.redirects[0]?.status ?? 301;
    return { severity: 'warning', status: `${statusText(first)} to ${newUrl}`, fix: `update to ${newUrl}`, newUrl };
  }
  return undefined;
}

export function buildReport(
  links: readonly PageLink[],
  answerOf: (url: string) => UrlAnswer,
  owners: readonly Owner[],
  counts: Pick<LinkReport, 'urls' | 'fromCache'>,
): LinkReport {
  const byOwner = new Map<string, OwnerFindings>();
  for (const link of links) {
    const answer = answerOf(link.url);
    const verdict = judgeAnswer(answer, link.url);
    if (!verdict) continue;
    let group = byOwner.get(link.owner);
    if (!group) {
      const owner = owners.find((candidate) => candidate.id === link.owner);
      group = { id: link.owner, name: owner?.name ?? link.owner, github: owner?.github, findings: [] };
      byOwner.set(link.owner, group);
    }
    group.findings.push({ ...link, ...verdict, statusCode: answer.status, retries: answer.retries });
  }
  const groups = [...byOwner.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Broken links first: they are what fails the check.
  const rank = (finding: Finding) => (finding.severity === 'broken' ? 0 : 1);
  for (const group of groups) group.findings.sort((a, b) => rank(a) - rank(b));
  const all = groups.flatMap((group) => group.findings);
  return {
    links: links.length,
    urls: counts.urls,
    pages: new Set(links.map((link) => link.file)).size,
    fromCache: counts.fromCache,
    broken: all.filter((finding) => finding.severity === 'broken').length,
    warnings: all.filter((finding) => finding.severity === 'warning').length,
    owners: groups,
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function ownerHeading(group: OwnerFindings): string {
  const broken = group.findings.filter((finding) => finding.severity === 'broken').length;
  const warnings = group.findings.length - broken;
  const who = [group.name !== group.id ? group.name : undefined, group.github].filter(Boolean).join(', ');
  return `${group.id}${who ? ` (${who})` : ''}: ${broken} broken, ${plural(warnings, 'warning')}`;
}

/** Warnings say so, like a compiler's: `grep -v warning:` leaves what fails the check. */
function shownStatus(finding: Finding): string {
  return finding.severity === 'warning' ? `warning: ${finding.status}` : finding.status;
}

function findingLine(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.url}: ${shownStatus(finding)}; ${finding.fix}`;
}

export function renderText(report: LinkReport): string {
  const checked =
    `${plural(report.links, 'link')} to ${plural(report.urls, 'URL')} on ${plural(report.pages, 'page')}` +
    (report.fromCache > 0 ? `; ${plural(report.fromCache, 'answer')} from the last day's cache` : '');
  const lines = [`external links: ${report.broken} broken, ${plural(report.warnings, 'warning')} (${checked})`];
  for (const group of report.owners) {
    lines.push('', ownerHeading(group), ...group.findings.map(findingLine));
  }
  return `${lines.join('\n')}\n`;
}

export function renderJson(report: LinkReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The weekly workflow's issue: one section per owner, mentioning the team so it hears of it. */
export function renderIssueBody(report: LinkReport, runUrl?: string): string {
  const lines = [
    `The weekly outside-link check (\`npm run check:external-links\`) found ${plural(report.broken, 'broken link')} and ${plural(report.warnings, 'warning')} in ${plural(report.links, 'link')}.`,
    'Each team: fix the lines under your name. The next weekly run closes this issue once none is broken.',
  ];
  for (const group of report.owners) {
    lines.push('', `### ${group.name}${group.github ? ` (${group.github})` : ''}`, '');
    for (const finding of group.findings) {
      lines.push(`- [ ] \`${finding.file}:${finding.line}\` <${finding.url}>: ${shownStatus(finding)}; ${finding.fix}`);
    }
  }
  if (runUrl) lines.push('', `Run: ${runUrl}`);
  return `${lines.join('\n')}\n`;
}
