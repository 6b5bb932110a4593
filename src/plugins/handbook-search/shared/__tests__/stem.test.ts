import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';

import { stemWord } from '../stem.ts';

/** Distinct lower-case words, more than stemWord remembers, so the oldest are dropped on the way. */
function words(count: number): string[] {
  const suffixes = ['', 's', 'ing', 'ed', 'ation', 'ness', 'ies', 'ly', 'ful', 'izer'];
  return Array.from({ length: count }, (_, index) => {
    let stem = '';
    for (let rest = index; stem.length < 3 || rest > 0; rest = Math.floor(rest / 26))
      stem += 'abcdefghijklmnopqrstuvwxyz'[rest % 26];
    return stem + (suffixes[index % suffixes.length] ?? '');
  });
}

describe('stemWord', () => {
  test("gives Porter's stem for every word, the first time and from memory", () => {
    const list = words(25_000);
    const expected = list.map((word) => stemmer(word));
    expect(new Set(list).size).toBe(list.length);
    expect(list.map(stemWord)).toEqual(expected);
    expect(list.map(stemWord)).toEqual(expected);
    expect(stemWord('traces')).toBe('trace');
  });

  test('leaves numbers, short words and mixed tokens alone', () => {
    expect(['4.9', 'io', 'f2', 'x86'].map(stemWord)).toEqual(['4.9', 'io', 'f2', 'x86']);
  });
});
