import { describe, expect, test } from 'vitest';

import type { Owner } from '../../../../content/schema.ts';
import { findDuePages, type ReviewableDoc } from '../find-due-pages.ts';

const owners: Owner[] = [{ id: 'perf-eng', name: 'Performance Engineering', description: 'd', github: '@o/p' }];

const doc = (id: string, frontMatter: Record<string, unknown>): ReviewableDoc => ({
  id,
  title: id,
  permalink: `/docs/${id}`,
  frontMatter: { owner: 'perf-eng', ...frontMatter },
});

const DOCS = [
  doc('fresh', { last_reviewed: '2026-11-01' }),
  doc('due-today', { last_reviewed: '2026-06-04' }),
  doc('long-overdue', { last_reviewed: '2025-01-01' }),
  doc('yearly', { last_reviewed: '2026-01-01', review_every: '1y' }),
  doc('monthly', { last_reviewed: '2026-10-01', review_every: '1m' }),
  doc('as-a-date', { last_reviewed: new Date('2026-01-01T00:00:00Z') }),
  doc('no-date', {}),
];

describe('findDuePages on 2026-12-01', () => {
  const due = findDuePages(DOCS, owners, '2026-12-01');

  test('lists the due docs, most overdue first', () => {
    expect(due.map((page) => page.id)).toEqual(['long-overdue', 'as-a-date', 'monthly', 'due-today']);
  });

  test.each([
    ['long-overdue', '2025-06-30', 519],
    ['due-today', '2026-12-01', 0],
    ['monthly', '2026-11-01', 30],
  ])('%s was due on %s (%i days ago)', (id, dueDate, daysOverdue) => {
    expect(due.find((page) => page.id === id)).toMatchObject({
      dueDate,
      daysOverdue,
      ownerName: 'Performance Engineering',
    });
  });
});
