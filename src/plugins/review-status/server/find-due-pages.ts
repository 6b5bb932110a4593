// Which docs are past their review date, judged once at build time.
import { reviewStatus } from '../shared/review.ts';
import type { Owner } from '../../../content/schema.ts';
import type { DuePage } from '../shared/types.ts';

/** The part of a loaded doc this plugin reads (DocMetadata from the docs plugin). */
export type ReviewableDoc = { id: string; title: string; permalink: string; frontMatter: Record<string, unknown> };

/** Due pages, most overdue first. Docs without valid dates are left to the content checks. */
export function findDuePages(docs: readonly ReviewableDoc[], owners: readonly Owner[], today: string): DuePage[] {
  const nameOf = new Map(owners.map((owner) => [owner.id, owner.name]));
  const due: DuePage[] = [];
  for (const doc of docs) {
    const status = reviewStatus(doc.frontMatter, today);
    if (!status?.isDue) continue;
    const ownerId = String(doc.frontMatter.owner ?? '');
    due.push({
      id: doc.id,
      title: doc.title,
      permalink: doc.permalink,
      ownerId,
      ownerName: nameOf.get(ownerId) ?? ownerId,
      lastReviewed: status.lastReviewed,
      dueDate: status.dueDate,
      daysOverdue: status.daysOverdue,
    });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title));
}
