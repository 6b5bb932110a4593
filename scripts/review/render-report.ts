// The review as Markdown for a pull request comment: what a reader of the
// built site will find added, removed, moved and changed.
import type { BuildComparison, PageChange } from './compare-builds.ts';
import type { FirstLoadBytes } from './first-load.ts';

/** The hidden line the workflow finds its own comment by, to update it instead of adding another. */
const REPORT_MARKER = '<!-- handbook-review -->';

export type ReviewReport = {
  baseLabel: string;
  headLabel: string;
  comparison: BuildComparison;
  firstLoad: { label: string; url: string; before?: FirstLoadBytes; after?: FirstLoadBytes }[];
  searchIndex: { before?: { bytes: number; files: number }; after?: { bytes: number; files: number } };
};

/** Page text in Markdown: characters Markdown or HTML would act on are escaped. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_~[\]|#])/g, '\\$1');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function kb(bytes: number | undefined): string {
  return bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`;
}

function delta(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return '–';
  const change = after - before;
  if (change === 0) return '0';
  const percent = before === 0 ? '' : ` (${change > 0 ? '+' : '−'}${Math.abs((change / before) * 100).toFixed(1)} %)`;
  const size = Math.abs(change) < 1024 ? `${Math.abs(change)} B` : `${(Math.abs(change) / 1024).toFixed(1)} KB`;
  return `${change > 0 ? '+' : '−'}${size}${percent}`;
}

function renderChange(change: PageChange, heading: string): string[] {
  const lines = [`#### ${heading}`, ''];
  for (const field of change.fields) {
    lines.push(
      `- ${field.field}: ${field.before ? code(field.before) : '(none)'} → ${field.after ? code(field.after) : '(none)'}`,
    );
  }
  if (change.fields.length > 0) lines.push('');
  if (change.text.length > 0) {
    lines.push(
      'Text (removed words <del>struck out</del>, added words <ins>underlined</ins>; ¶ is a paragraph break):',
      '',
    );
    for (const part of change.text) {
      const removed = part.removed ? `<del>${escapeText(part.removed)}</del>` : '';
      const added = part.added ? `<ins>${escapeText(part.added)}</ins>` : '';
      const label = part.removed && part.added ? 'changed' : part.removed ? 'removed' : 'added';
      lines.push(
        `- ${label}: ${escapeText(part.before)} ${removed} ${added} ${escapeText(part.after)}`.replace(/ {2,}/g, ' '),
      );
    }
    lines.push('');
  }
  return lines;
}

export function renderReport(report: ReviewReport): string {
  const { comparison } = report;
  const lines = [
    REPORT_MARKER,
    '## What readers will see change',
    '',
    `Built ${code(report.baseLabel)} and ${code(report.headLabel)} and compared the pages as rendered.`,
    '',
    `**${comparison.added.length}** added · **${comparison.removed.length}** removed · **${comparison.moved.length}** moved · **${comparison.changed.length}** changed`,
    '',
  ];
  if (comparison.added.length > 0) {
    lines.push(
      '### Added',
      '',
      ...comparison.added.map((page) => `- ${code(page.url)}: ${escapeText(page.title)}`),
      '',
    );
  }
  if (comparison.removed.length > 0) {
    lines.push('### Removed', '');
    for (const { page, redirectTo } of comparison.removed) {
      lines.push(
        `- ${code(page.url)}: ${redirectTo ? `redirects to ${code(redirectTo)}` : '**no redirect**: links and bookmarks to it will break'}`,
      );
    }
    lines.push('');
  }
  if (comparison.moved.length > 0) {
    lines.push('### Moved (old address redirects)', '');
    for (const move of comparison.moved) {
      lines.push(`- ${code(move.from)} → ${code(move.to)}${move.change ? ' (and changed, below)' : ''}`);
    }
    lines.push('');
  }
  const changes = [
    ...comparison.changed.map((change) => ({ change, heading: code(change.url) })),
    ...comparison.moved.flatMap((move) =>
      move.change ? [{ change: move.change, heading: `${code(move.from)} → ${code(move.to)}` }] : [],
    ),
  ];
  if (changes.length > 0) {
    lines.push('### Changed', '');
    for (const { change, heading } of changes) lines.push(...renderChange(change, heading));
  }
  if (comparison.added.length + comparison.removed.length + comparison.moved.length + changes.length === 0) {
    lines.push('No page changed as a reader sees it.', '');
  }
  lines.push('### Weight', '', '| | before | after | change |', '| --- | ---: | ---: | ---: |');
  for (const row of report.firstLoad) {
    lines.push(
      `| first-load JS, ${row.label} (${code(row.url)}), gzip | ${kb(row.before?.jsGzip)} | ${kb(row.after?.jsGzip)} | ${delta(row.before?.jsGzip, row.after?.jsGzip)} |`,
      `| first-load CSS, ${row.label}, gzip | ${kb(row.before?.cssGzip)} | ${kb(row.after?.cssGzip)} | ${delta(row.before?.cssGzip, row.after?.cssGzip)} |`,
    );
  }
  const { before, after } = report.searchIndex;
  lines.push(
    `| search index (${before?.files ?? 0} → ${after?.files ?? 0} files) | ${kb(before?.bytes)} | ${kb(after?.bytes)} | ${delta(before?.bytes, after?.bytes)} |`,
    '',
  );
  return `${lines.join('\n')}\n`;
}
