import { describe, expect, test } from 'vitest';

import { memoizeInProcess } from '../process-memo.ts';

describe('memoizeInProcess', () => {
  test('two copies of a module (as Docusaurus loads plugins) share one cache by name', () => {
    const calls: string[] = [];
    const name = `test-${Math.random()}`;
    const first = memoizeInProcess(name, (input) => (calls.push(input), { length: input.length }));
    const second = memoizeInProcess(name, (input) => (calls.push(input), { length: input.length }));
    expect(second('abc')).toBe(first('abc'));
    expect(calls).toEqual(['abc']);
  });

  test('different names keep apart', () => {
    const a = memoizeInProcess(`a-${Math.random()}`, (input) => `a:${input}`);
    const b = memoizeInProcess(`b-${Math.random()}`, (input) => `b:${input}`);
    expect([a('x'), b('x')]).toEqual(['a:x', 'b:x']);
  });
});
