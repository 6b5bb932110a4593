// Which pages a change added, removed, moved and changed, from the pages of
// the two builds and the redirect list of the changed tree.
import { diffWords } from 'diff';

import type { BuiltPage } from './read-built-pages.ts';

type FieldChange = { field: 'title' | 'description' | 'owner' | 'tags'; before: string; after: string };

/** One stretch of the word diff: unchanged words around it are cut to a little context. */
export type TextChange = { before: string; removed: string; added: string; after: string };

export type PageChange = { url: string; fields: FieldChange[]; text: TextChange[] };

export type BuildComparison = {
  added: BuiltPage[];
  removed: { page: BuiltPage; redirectTo?: string }[];
  moved: { from: string; to: string; change?: PageChange }[];
  changed: PageChange[];
};

/** Words of context kept on each side of a change. */
const CONTEXT_WORDS = 8;

function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return `${words.length > count ? '… ' : ''}${words.slice(-count).join(' ')}`;
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return `${words.slice(0, count).join(' ')}${words.length > count ? ' …' : ''}`;
}

/** The word-level changes between two texts, each with a few words of context. */
export function textChanges(before: string, after: string): TextChange[] {
  const parts = diffWords(before.replace(/\n/g, ' ¶ '), after.replace(/\n/g, ' ¶ '));
  const changes: TextChange[] = [];
  let index = 0;
  while (index < parts.length) {
    const part = parts[index];
    if (part === undefined || (!part.added && !part.removed)) {
      index++;
      continue;
    }
    const previous = parts[index - 1];
    let removed = '';
    let added = '';
    // A run of changes separated only by short unchanged stretches reads as one change.
    while (index < parts.length) {
      const current = parts[index];
      if (current === undefined) break;
      if (current.removed) removed += current.value;
      else if (current.added) added += current.value;
      else break;
      index++;
    }
    const next = parts[index];
    changes.push({
      before: previous && !previous.added && !previous.removed ? lastWords(previous.value, CONTEXT_WORDS) : '',
      removed: removed.trim(),
      added: added.trim(),
      after: next && !next.added && !next.removed ? firstWords(next.value, CONTEXT_WORDS) : '',
    });
  }
  return changes;
}

function compareFields(before: BuiltPage, after: BuiltPage): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ['title', 'description', 'owner'] as const) {
    if (before[field] !== after[field]) changes.push({ field, before: before[field], after: after[field] });
  }
  const tagsBefore = before.tags.join(', ');
  const tagsAfter = after.tags.join(', ');
  if (tagsBefore !== tagsAfter) changes.push({ field: 'tags', before: tagsBefore, after: tagsAfter });
  return changes;
}

function comparePage(url: string, before: BuiltPage, after: BuiltPage): PageChange | undefined {
  const fields = compareFields(before, after);
  const text = before.text === after.text ? [] : textChanges(before.text, after.text);
  return fields.length === 0 && text.length === 0 ? undefined : { url, fields, text };
}

export function compareBuilds(
  before: ReadonlyMap<string, BuiltPage>,
  after: ReadonlyMap<string, BuiltPage>,
  redirects: ReadonlyMap<string, string>,
): BuildComparison {
  const comparison: BuildComparison = { added: [], removed: [], moved: [], changed: [] };
  const movedTo = new Set<string>();
  for (const [url, page] of before) {
    const now = after.get(url);
    if (now) {
      const change = comparePage(url, page, now);
      if (change) comparison.changed.push(change);
      continue;
    }
    const redirectTo = redirects.get(url);
    const target = redirectTo === undefined ? undefined : after.get(redirectTo);
    if (redirectTo !== undefined && target && !before.has(redirectTo)) {
      movedTo.add(redirectTo);
      comparison.moved.push({ from: url, to: redirectTo, change: comparePage(redirectTo, page, target) });
    } else {
      comparison.removed.push({ page, ...(redirectTo === undefined ? {} : { redirectTo }) });
    }
  }
  for (const [url, page] of after) if (!before.has(url) && !movedTo.has(url)) comparison.added.push(page);
  return comparison;
}
