import { describe, expect, test } from 'vitest';

import { alternatingOrder, median, medianOfMeasured, percentile, ratio } from '../stats.ts';

describe('median', () => {
  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[], Number.NaN],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('medianOfMeasured', () => {
  test.each([
    [[3.5, null, 1.5, 2.5], 2.5],
    [[null, 4], 4],
    [[null, null], null],
    [[], null],
  ])('%j → %s', (values, expected) => {
    expect(medianOfMeasured(values)).toBe(expected);
  });
});

describe('percentile', () => {
  test.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[5, 1, 9], 0, 1],
    [[42], 95, 42],
  ])('%j at p%d → %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('ratio', () => {
  test.each([
    [10, 20, 0.5],
    [3, 3, 1],
    [1, 0, null],
    [null, 2, null],
    [2, undefined, null],
  ])('%s / %s → %s', (ours, peer, expected) => {
    expect(ratio(ours, peer)).toBe(expected);
  });
});

describe('alternatingOrder', () => {
  test.each([
    [0, ['a', 'b', 'c']],
    [1, ['b', 'c', 'a']],
    [2, ['c', 'a', 'b']],
    [3, ['a', 'b', 'c']],
  ])('run %i → %j', (run, expected) => {
    expect(alternatingOrder(['a', 'b', 'c'], run)).toEqual(expected);
  });
});
