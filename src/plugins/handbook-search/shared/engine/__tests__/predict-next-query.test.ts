import { describe, expect, test } from 'vitest';

import type { Vocabulary } from '../../types.ts';
import { predictNextQuery } from '../predict-next-query.ts';

const VOCABULARY: Vocabulary = [
  ['plan', 40, 'planning'],
  ['platform', 25],
  ['place', 3],
  ['capac', 12, 'capacity'],
  ['cafe', 2],
  ['review', 9],
];

describe('predictNextQuery', () => {
  test.each([
    ['the commonest completion of the last word', 'capacity pl', 'capacity pla'],
    ['one letter further, not the whole word', 'capacity pla', 'capacity plan'],
    ['along the unstemmed form a reader types', 'capacity plann', 'capacity planni'],
    ['the only word that continues', 'ca', 'cap'],
    ['a word typed in capitals', 'Capacity PL', 'Capacity PLa'],
    ['an accented word, folded as the index folds it', 'Capá', 'Capác'],
    ['a word the vocabulary holds whole, with nothing longer', 'cafè', null],
    ['a word already complete and continued by none', 'review', null],
    ['a query ending in a space: the next word is anyone’s guess', 'capacity ', null],
    ['one letter: too many next ones', 'p', null],
    ['a word nothing continues', 'zebra', null],
    ['an empty query', '', null],
  ])('%s: %j → %j', (_, query, expected) => {
    expect(predictNextQuery(query, VOCABULARY)).toBe(expected);
  });
});
