// Lists the docs past their review date, most overdue first, with the owner
// to ask. A report, never a failure: it always exits 0, so a page going
// stale never blocks someone else's pull request.
//
// Try: npm run report:stale
//      HANDBOOK_TODAY=2027-12-01 npm run report:stale
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { docUrl, readHandbookPages } from '../src/content/handbook-pages.ts';
import { reviewDate } from '../src/plugins/review-status/shared/review.ts';
import { readOwners } from '../src/content/schema.ts';
import { findDuePages } from '../src/plugins/review-status/server/find-due-pages.ts';

function main() {
  const { values } = parseArgs({ options: { 'site-dir': { type: 'string', default: '.' } } });
  const siteDir = resolve(values['site-dir']);
  const today = reviewDate();
  const pages = readHandbookPages(siteDir).filter((page) => page.kind === 'doc');
  const fileOf = new Map(pages.map((page) => [page.id, page.file]));
  const docs = pages.map((page) => ({
    id: page.id,
    title: String(page.frontMatter.title ?? page.id),
    permalink: docUrl(page),
    frontMatter: page.frontMatter,
  }));
  const due = findDuePages(docs, readOwners(siteDir), today);
  if (due.length === 0) {
    console.log(`report:stale: no page is due for review on ${today} (${docs.length} docs)`);
    return;
  }
  for (const page of due) {
    const overdue = page.daysOverdue === 0 ? 'due today' : `${page.daysOverdue} days overdue`;
    console.warn(
      `${fileOf.get(page.id) ?? page.id}: due for review since ${page.dueDate} (${overdue}, last reviewed ${page.lastReviewed}); ask ${page.ownerName} (${page.ownerId}) to review it and update last_reviewed`,
    );
  }
  console.warn(
    `report:stale: ${due.length} of ${docs.length} docs due for review on ${today} (a warning, not a failure)`,
  );
}

try {
  main();
} catch (error) {
  // Still a report: say what stopped it, and do not fail whatever runs it.
  console.warn(`report:stale: could not make the report: ${(error as Error).message}`);
}
