import { describe, expect, test } from 'vitest';

import { isWithinOneEdit } from '../within-one-edit.ts';

describe('isWithinOneEdit (Damerau-Levenshtein ≤ 1)', () => {
  test.each([
    ['culture', 'culture', true],
    ['cultre', 'culture', true],
    ['culturee', 'culture', true],
    ['cultura', 'culture', true],
    ['cutlure', 'culture', true],
    ['ucltrue', 'culture', false],
    ['clture', 'culture', true],
    ['cltre', 'culture', false],
    ['', 'a', true],
    ['ab', 'ba', true],
    ['abc', 'cab', false],
  ])('%s → %s: %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
  });
});
