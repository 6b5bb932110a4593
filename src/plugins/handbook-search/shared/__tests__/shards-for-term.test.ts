import { describe, expect, test } from 'vitest';

import { shardForTerm, shardsForPrefix } from '../shards-for-term.ts';

const PREFIXES = ['a', 'm', 'mi', 'mic', 'mo', 'p', '4'];

describe('shardForTerm', () => {
  test.each([
    ['apple', 0],
    ['m', 1],
    ['ma', 1],
    ['mi', 2],
    ['microservic', 3],
    ['mode', 4],
    ['4.9', 6],
    ['zebra', -1],
  ])('%s lives in shard %i', (term, shard) => {
    expect(shardForTerm(PREFIXES, term)).toBe(shard);
  });
});

describe('shardsForPrefix', () => {
  test.each([
    ['mic', [3]],
    ['mi', [2, 3]],
    ['m', [1, 2, 3, 4]],
    ['micro', [3]],
    ['z', []],
  ])('terms starting with %s may be in shards %j', (prefix, shards) => {
    expect(shardsForPrefix(PREFIXES, prefix)).toEqual(shards);
  });
});
