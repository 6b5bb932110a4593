import { describe, expect, test } from 'vitest';

import { isChangedSince, parseLastVisit, type LastVisit } from '../last-visit.ts';

describe('parseLastVisit', () => {
  test.each([
    [null, { state: 'first' }],
    ['yesterday-ish', { state: 'first' }],
    ['2026-11-20T00:00:00.000Z', { state: 'returning', time: Date.UTC(2026, 10, 20) }],
  ])('%s reads as %o', (raw, expected) => {
    expect(parseLastVisit(raw)).toEqual(expected);
  });
});

describe('isChangedSince', () => {
  const returning: LastVisit = { state: 'returning', time: Date.UTC(2026, 10, 20) };
  test.each<[string, LastVisit, boolean]>([
    ['2026-11-21T00:00:00Z', returning, true],
    ['2026-11-19T00:00:00Z', returning, false],
    ['2026-11-21T00:00:00Z', { state: 'first' }, false],
    ['2026-11-21T00:00:00Z', { state: 'pending' }, false],
  ])('a change on %s, last visit %o: %s', (date, lastVisit, expected) => {
    expect(isChangedSince(date, lastVisit)).toBe(expected);
  });
});
