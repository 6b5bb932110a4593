import { describe, expect, test } from 'vitest';

import { formatDate } from '../format-date.ts';

const intl = {
  medium: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** Every day of a leap year, plus dates far apart and instants near midnight UTC. */
const DATES = [
  ...Array.from({ length: 366 }, (_, day) => new Date(Date.UTC(2024, 0, 1 + day, 12))),
  new Date('2014-05-16T00:00:00Z'),
  new Date('1999-12-31T23:59:59Z'),
  new Date('2026-11-26T23:30:00-05:00'),
  new Date('2026-01-01T00:30:00+02:00'),
];

describe('formatDate', () => {
  test.each(['medium', 'long'] as const)('%s matches what Intl writes for English in UTC', (style) => {
    for (const date of DATES) expect(formatDate(date, style)).toBe(intl[style].format(date));
  });

  test('takes the ISO strings and timestamps the build hands over', () => {
    expect(formatDate('2017-05-16', 'long')).toBe('May 16, 2017');
    expect(formatDate(Date.UTC(2026, 8, 3), 'medium')).toBe('Sep 3, 2026');
  });

  test('an unreadable date is an error that quotes it', () => {
    expect(() => formatDate('next Tuesday', 'medium')).toThrow('not a date: next Tuesday');
  });
});
