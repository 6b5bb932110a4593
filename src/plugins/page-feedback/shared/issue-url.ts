// Prefilled GitHub issue forms: `issues/new?template=<form>.yml&<field id>=…`
// fills each field of the form by its id. Everything a reader or a page
// contributes is encoded here and capped by its *encoded* length, so a
// 5,000-character selection in any script still gives a URL GitHub accepts.
// See design/page-feedback-issue-urls.md.

/** Browsers and GitHub handle about 8,000 characters of URL; these caps keep us well under. */
export const ENCODED_CAPS = { title: 300, field: 600, text: 4000 } as const;

const ELLIPSIS = '…';

/** Replaces lone UTF-16 surrogates (a cut emoji), which encodeURIComponent refuses. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * The longest start of `text` (whole code points) whose URL encoding, with a
 * trailing "…" when cut, fits in `maxEncoded` characters.
 */
export function capEncoded(text: string, maxEncoded: number): string {
  const clean = wellFormed(text);
  if (encodeURIComponent(clean).length <= maxEncoded) return clean;
  const points = Array.from(clean);
  let low = 0;
  let high = points.length;
  // Binary search on the number of code points kept.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = points.slice(0, middle).join('') + ELLIPSIS;
    if (encodeURIComponent(candidate).length <= maxEncoded) low = middle;
    else high = middle - 1;
  }
  return points.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** One line: an issue title or an input field has no line breaks. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export type IssueOwner = { name: string; github: string };

/** "Culture guides (@perf-eng/culture-guides)": a mention GitHub links, and the name people know. */
function ownerField(owner: IssueOwner): string {
  return owner.github === '' ? owner.name : `${owner.name} (${owner.github})`;
}

function issueUrl(issuesNewUrl: string, template: string, fields: [string, string | null | undefined][]): string {
  const query = [['template', template] as const, ...fields]
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return `${issuesNewUrl}?${query}`;
}

/** The kinds of problem, exactly as the options of .github/ISSUE_TEMPLATE/page-is-wrong.yml. */
export const PROBLEM_KINDS = [
  'A fact is wrong',
  'It is out of date',
  'It is hard to understand',
  'A link or image is broken',
  'Something else',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export type PageReport = {
  /** The page's path, e.g. /docs/culture/culture-deck. */
  page: string;
  title: string;
  owner: IssueOwner;
  /** The commit the site was built from; null outside git. */
  commit: string | null;
  kind?: ProblemKind | null;
  /** What the reader wrote. */
  text?: string;
  /** Text the reader selected on the page. */
  quote?: string;
};

/** The "What is wrong" field: the reader's words, then the selected text as a Markdown quote. */
export function problemText(text = '', quote = ''): string {
  const words = text.trim();
  const cappedQuote = quote.trim() === '' ? '' : capEncoded(quote.trim(), ENCODED_CAPS.text / 2);
  const quoted =
    cappedQuote === ''
      ? ''
      : cappedQuote
          .split(/\r?\n/)
          .map((line) => `> ${line}`.trimEnd())
          .join('\n');
  return capEncoded([quoted, words].filter(Boolean).join('\n\n'), ENCODED_CAPS.text);
}

/** The "This page is wrong" issue form, filled in for one page. */
export function pageReportUrl(issuesNewUrl: string, report: PageReport): string {
  const cap = (value: string, max: number) => capEncoded(oneLine(value), max);
  return issueUrl(issuesNewUrl, 'page-is-wrong.yml', [
    ['title', cap(`Page is wrong: ${report.title}`, ENCODED_CAPS.title)],
    ['page', cap(report.page, ENCODED_CAPS.field)],
    ['owner', cap(ownerField(report.owner), ENCODED_CAPS.field)],
    ['version', report.commit === null ? null : cap(report.commit, ENCODED_CAPS.field)],
    ['kind', report.kind ?? null],
    ['problem', problemText(report.text, report.quote)],
  ]);
}

export type MissingTopicRequest = {
  query: string;
  /** The path of the page the reader searched from. */
  from: string;
  owner: IssueOwner;
};

/** The "Missing topic" issue form, filled in from a search that found nothing. */
export function missingTopicUrl(issuesNewUrl: string, request: MissingTopicRequest): string {
  const cap = (value: string, max: number) => capEncoded(oneLine(value), max);
  return issueUrl(issuesNewUrl, 'missing-topic.yml', [
    ['title', cap(`Missing topic: ${request.query}`, ENCODED_CAPS.title)],
    ['query', cap(request.query, ENCODED_CAPS.field)],
    ['from', cap(request.from, ENCODED_CAPS.field)],
    ['owner', cap(ownerField(request.owner), ENCODED_CAPS.field)],
  ]);
}
