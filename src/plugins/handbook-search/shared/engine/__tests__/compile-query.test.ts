import { describe, expect, test } from 'vitest';

import { tokenize } from '../../tokenize.ts';
import { compileQuery, MAX_QUERY_LENGTH } from '../compile-query.ts';

const GROUPS = [
  ['PMC', 'performance monitoring counter'],
  ['on-call', 'pager duty'],
].map((names) => names.map((name) => tokenize(name).map((token) => token.term)));

/** Each clause as its alternatives' stems, e.g. [["pmc"], ["perform monitor counter"]]. */
function clauses(query: string) {
  return compileQuery(query, GROUPS).clauses.map((clause) =>
    clause.alternatives.map((alternative) => alternative.words.map((word) => word.stem).join(' ')),
  );
}

describe('compileQuery', () => {
  test.each<[string, string[][]]>([
    ['flame graphs', [['flame'], ['graph']]],
    ['PMC', [['pmc', 'perform monitor counter']]],
    ['performance monitoring counters', [['perform monitor counter', 'pmc']]],
    ['reading PMCs', [['read'], ['pmc', 'perform monitor counter']]],
    ['values versus values', [['valu'], ['versu']]],
    ['who do I ask', [['ask']]],
    ['   ', []],
    ['capacity pl', [['capac']]],
    ['capacity pl ', [['capac'], ['pl']]],
    ['pl', [['pl']]],
  ])('"%s" becomes clauses %j', (query, expected) => {
    expect(clauses(query)).toEqual(expected);
  });

  test.each([
    ['micro', true],
    ['micro ', false],
    ['mi', false],
    ['flame graph', true],
  ])('the last word of "%s" is a prefix: %s', (query, prefix) => {
    expect(compileQuery(query, []).words.at(-1)?.prefix).toBe(prefix);
  });

  test.each<[string, Array<[string, boolean, number[]]>]>([
    ['in house ', [['inhouse', false, [0]]]],
    ['in hou', [['inhou', true, [0]]]],
    ['on call', []],
    [
      'front-end code',
      [
        ['frontend', false, [0, 1]],
        ['endcode', true, [1, 2]],
      ],
    ],
    ['flame graphs ', [['flamegraphs', false, [0, 1]]]],
    ['who do', []],
    ['capacity pl', []],
  ])('"%s" may hold the compounds %j (closed up, prefix, clauses of its parts)', (query, expected) => {
    const { compounds } = compileQuery(query, GROUPS);
    expect(compounds.map(({ word, clauses }) => [word.raw, word.prefix, clauses])).toEqual(expected);
    expect(compounds.every(({ word }) => word.closedUp)).toBe(true);
  });

  test('cuts long input and collapses whitespace', () => {
    const compiled = compileQuery(`  a\n\tb ${'x'.repeat(500)}`, []);
    expect(compiled.text.startsWith('a b ')).toBe(true);
    expect(compiled.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});
