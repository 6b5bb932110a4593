import { describe, expect, test } from 'vitest';

import { readingTimeLabel } from '../reading-time-label.ts';

describe('readingTimeLabel', () => {
  test.each([
    [0.2, '1 min read'],
    [1, '1 min read'],
    [1.01, '2 min read'],
    [6.5, '7 min read'],
    [12, '12 min read'],
  ])('%s minutes: %s', (minutes, label) => {
    expect(readingTimeLabel(minutes)).toBe(label);
  });
});
