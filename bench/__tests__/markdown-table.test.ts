import { describe, expect, test } from 'vitest';

import { markdownTable } from '../markdown-table.ts';

describe('markdownTable', () => {
  test('pads every column to its widest cell and right-aligns the numeric ones', () => {
    expect(
      markdownTable(
        ['page', 'score'],
        [
          ['home', '100'],
          ['search', '9'],
        ],
        [false, true],
      ),
    ).toBe(['| page   | score |', '| ------ | ----: |', '| home   |   100 |', '| search |     9 |'].join('\n'));
  });

  test('a short row leaves its missing cells empty', () => {
    expect(markdownTable(['a', 'b', 'c'], [['1']])).toBe(
      ['| a   | b   | c   |', '| --- | --- | --- |', '| 1   |     |     |'].join('\n'),
    );
  });
});
