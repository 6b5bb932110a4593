import { describe, expect, test } from 'vitest';

import {
  addInterval,
  calendarDateOf,
  DEFAULT_REVIEW_EVERY,
  describeReviewEvery,
  parseIsoDate,
  parseReviewEvery,
  reviewDate,
  reviewStatus,
} from '../review.ts';

const day = (iso: string) => parseIsoDate(iso) ?? new Date(Number.NaN);

describe('parseIsoDate accepts only real calendar days', () => {
  test.each([
    ['2026-11-25', '2026-11-25'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', null],
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-1-5', null],
    ['25/11/2026', null],
    ['2026-11-25T10:00:00Z', null],
  ])('%s → %s', (text, expected) => {
    expect(parseIsoDate(text)?.toISOString().slice(0, 10) ?? null).toBe(expected);
  });
});

describe('parseReviewEvery', () => {
  test.each([
    ['180d', { amount: 180, unit: 'd' }],
    ['6w', { amount: 6, unit: 'w' }],
    ['6m', { amount: 6, unit: 'm' }],
    ['1y', { amount: 1, unit: 'y' }],
    ['0d', null],
    ['6 months', null],
    ['6M', null],
    ['-1y', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseReviewEvery(text)).toEqual(expected);
  });
});

describe('addInterval counts the way people do', () => {
  test.each([
    ['2026-01-01', '180d', '2026-06-30'],
    ['2026-11-25', '180d', '2027-05-24'],
    ['2026-01-01', '2w', '2026-01-15'],
    ['2026-01-31', '1m', '2026-02-28'],
    ['2024-01-31', '1m', '2024-02-29'],
    ['2026-08-31', '6m', '2027-02-28'],
    ['2026-11-25', '3m', '2027-02-25'],
    ['2024-02-29', '1y', '2025-02-28'],
    ['2026-03-29', '1d', '2026-03-30'],
    ['2026-10-24', '7d', '2026-10-31'],
  ])('%s + %s = %s', (from, every, expected) => {
    const interval = parseReviewEvery(every);
    if (!interval) throw new Error(`bad interval ${every}`);
    expect(addInterval(day(from), interval).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('reviewStatus', () => {
  test.each([
    ['fresh the day after a review', { last_reviewed: '2026-11-25' }, '2026-11-26', false, '2027-05-24', -179],
    ['due on the due date itself', { last_reviewed: '2026-11-25' }, '2027-05-24', true, '2027-05-24', 0],
    ['overdue after it', { last_reviewed: '2026-01-01', review_every: '30d' }, '2026-03-01', true, '2026-01-31', 29],
    [
      'a page-specific interval wins',
      { last_reviewed: '2026-01-01', review_every: '1y' },
      '2026-12-31',
      false,
      '2027-01-01',
      -1,
    ],
    [
      'a Date from Docusaurus reads the same',
      { last_reviewed: new Date('2026-11-25T00:00:00Z') },
      '2027-05-24',
      true,
      '2027-05-24',
      0,
    ],
  ])('%s', (_, frontMatter, today, isDue, dueDate, daysOverdue) => {
    expect(reviewStatus(frontMatter, today)).toMatchObject({ isDue, dueDate, daysOverdue });
  });

  test.each([
    ['no last_reviewed', {}],
    ['a bad date', { last_reviewed: '2026-02-30' }],
    ['a bad interval', { last_reviewed: '2026-01-01', review_every: 'often' }],
  ])('is null with %s (the content checks report it)', (_, frontMatter) => {
    expect(reviewStatus(frontMatter, '2026-11-25')).toBeNull();
  });

  test('the site default is 180 days', () => {
    expect(DEFAULT_REVIEW_EVERY).toBe('180d');
  });
});

describe('calendarDateOf', () => {
  test.each([
    ['2026-11-25', '2026-11-25'],
    [new Date('2026-11-25T00:00:00Z'), '2026-11-25'],
    ['2026-11-25T00:00:00.000Z', '2026-11-25'],
    ['2026-11-25T13:00:00.000Z', undefined],
    [20261125, undefined],
    [undefined, undefined],
  ])('%j → %j', (value, expected) => {
    expect(calendarDateOf(value)).toBe(expected);
  });
});

describe('reviewDate', () => {
  test('HANDBOOK_TODAY pins the date', () => {
    expect(reviewDate({ HANDBOOK_TODAY: '2027-12-01' })).toBe('2027-12-01');
  });
  test('an unreadable HANDBOOK_TODAY is an error that shows the format', () => {
    expect(() => reviewDate({ HANDBOOK_TODAY: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
  });
  test("otherwise it is today's UTC date", () => {
    expect(reviewDate({})).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('describeReviewEvery', () => {
  test.each([
    ['180d', '180 days'],
    ['1d', '1 day'],
    ['6w', '6 weeks'],
    ['1m', '1 month'],
    ['2y', '2 years'],
    ['often', 'often'],
  ])('%s → %s', (text, expected) => {
    expect(describeReviewEvery(text)).toBe(expected);
  });
});
