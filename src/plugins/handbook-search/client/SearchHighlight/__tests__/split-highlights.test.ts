import { describe, expect, test } from 'vitest';

import { splitHighlights, type TextPart } from '../split-highlights.ts';

const plain = (text: string): TextPart => ({ text, marked: false });
const marked = (text: string): TextPart => ({ text, marked: true });

describe('splitHighlights', () => {
  test.each<[string, string, Array<[number, number]>, TextPart[]]>([
    ['no ranges', 'flame graphs', [], [plain('flame graphs')]],
    ['one word', 'flame graphs', [[0, 5]], [marked('flame'), plain(' graphs')]],
    [
      'two words',
      'flame graphs',
      [
        [0, 5],
        [6, 12],
      ],
      [marked('flame'), plain(' '), marked('graphs')],
    ],
    [
      'unsorted ranges',
      'a b',
      [
        [2, 3],
        [0, 1],
      ],
      [marked('a'), plain(' '), marked('b')],
    ],
    [
      'overlapping ranges merge',
      'abcdef',
      [
        [0, 3],
        [2, 5],
      ],
      [marked('abcde'), plain('f')],
    ],
    [
      'out-of-bounds ranges are clamped',
      'abc',
      [
        [-4, 1],
        [2, 99],
      ],
      [marked('a'), plain('b'), marked('c')],
    ],
    [
      'empty and inverted ranges are ignored',
      'abc',
      [
        [1, 1],
        [2, 1],
      ],
      [plain('abc')],
    ],
    ['markup stays text', '<b>x</b>', [[3, 4]], [plain('<b>'), marked('x'), plain('</b>')]],
  ])('%s', (_name, text, ranges, expected) => {
    expect(splitHighlights(text, ranges)).toEqual(expected);
  });
});
