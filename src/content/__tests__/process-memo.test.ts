import { describe, expect, test } from 'vitest';

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { forgetInProcess, memoizeByObjectInProcess, memoizeFileInProcess, memoizeInProcess } from '../process-memo.ts';

describe('memoizeInProcess', () => {
  test('two copies of a module (as Docusaurus loads plugins) share one cache by name', () => {
    const calls: string[] = [];
    const name = `test-${Math.random()}`;
    const first = memoizeInProcess(name, (input) => (calls.push(input), { length: input.length }));
    const second = memoizeInProcess(name, (input) => (calls.push(input), { length: input.length }));
    expect(second('abc')).toBe(first('abc'));
    expect(calls).toEqual(['abc']);
  });

  test('a forgotten cache computes again; other caches keep their answers', () => {
    const calls: string[] = [];
    const [forgotten, kept] = [`forgotten-${Math.random()}`, `kept-${Math.random()}`];
    const first = memoizeInProcess(forgotten, (input) => (calls.push(`first:${input}`), input.length));
    const second = memoizeInProcess(kept, (input) => (calls.push(`second:${input}`), input.length));
    first('abc');
    second('abc');
    forgetInProcess(forgotten);
    first('abc');
    second('abc');
    expect(calls).toEqual(['first:abc', 'second:abc', 'first:abc']);
  });

  test('different names keep apart', () => {
    const a = memoizeInProcess(`a-${Math.random()}`, (input) => `a:${input}`);
    const b = memoizeInProcess(`b-${Math.random()}`, (input) => `b:${input}`);
    expect([a('x'), b('x')]).toEqual(['a:x', 'b:x']);
  });
});

describe('memoizeByObjectInProcess', () => {
  test('two copies of a module share one answer per object; a new object (the next content load) computes again', () => {
    const calls: string[] = [];
    const name = `test-${Math.random()}`;
    const compute = (load: { id: string }, siteDir: string) => (calls.push(`${load.id}@${siteDir}`), [load.id]);
    const first = memoizeByObjectInProcess(name, compute);
    const second = memoizeByObjectInProcess(name, compute);
    const firstLoad = { id: 'first' };
    const nextLoad = { id: 'next' };
    expect(second(firstLoad, '/site')).toBe(first(firstLoad, '/site'));
    expect(first(nextLoad, '/site')).toEqual(['next']);
    expect(calls).toEqual(['first@/site', 'next@/site']);
  });
});

describe('memoizeFileInProcess', () => {
  test('a file is read again only after it changes, and a deleted one is an error, not an old answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-memo-'));
    const file = join(dir, 'page.md');
    const reads: string[] = [];
    const read = memoizeFileInProcess(`test-${Math.random()}`, (path) => {
      const text = readFileSync(path, 'utf8');
      reads.push(text);
      return text;
    });
    try {
      writeFileSync(file, 'first');
      expect([read(file), read(file)]).toEqual(['first', 'first']);
      writeFileSync(file, 'second, longer');
      expect(read(file)).toBe('second, longer');
      expect(reads).toEqual(['first', 'second, longer']);
      rmSync(file);
      expect(() => read(file)).toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
