// The hand-over of compiled pages between a split build's two bundling
// processes, driven as Rspack drives a loader: the client's process records
// what the MDX loader made, the server's takes it in the pitch, before the
// MDX loader would run.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

type Callback = (error: Error | null, content?: string, map?: unknown, meta?: unknown) => void;
type Loader = ((this: unknown, source: string, map?: unknown, meta?: unknown) => void) & {
  pitch: (this: unknown) => void;
};

const loader = createRequire(import.meta.url)('../compiled-pages.cjs') as Loader;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs one phase of the loader for `resource`; resolves with what it handed on (undefined: go on to the next loader). */
function run(
  phase: 'pitch' | 'normal',
  options: { dir: string; mode: 'record' | 'replay' },
  resource: string,
  source?: string,
): Promise<unknown[] | undefined> {
  return new Promise((resolve, reject) => {
    let async = false;
    const done: Callback = (error, ...rest) => (error ? reject(error) : resolve(rest.length > 0 ? rest : undefined));
    const context = {
      resource,
      getOptions: () => options,
      async: () => {
        async = true;
        return done;
      },
      callback: done,
    };
    const returned =
      phase === 'pitch' ? loader.pitch.call(context) : loader.call(context, source ?? '', { map: 1 }, { meta: 1 });
    if (!async && phase === 'pitch') resolve(returned === undefined ? undefined : [returned]);
  });
}

function handOverDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-compiled-pages-'));
  dirs.push(dir);
  return dir;
}

describe('compiled pages handed from the client bundle to the server bundle', () => {
  test('the client records each page as the MDX loader compiled it and hands it on unchanged', async () => {
    const dir = handOverDir();
    const record = { dir, mode: 'record' as const };
    expect(await run('pitch', record, '/site/docs/a.md')).toBeUndefined();
    expect(await run('normal', record, '/site/docs/a.md', 'export default 1;')).toEqual([
      'export default 1;',
      { map: 1 },
      { meta: 1 },
    ]);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test('the server takes the recorded page in the pitch; a query is its own page; an unknown page compiles', async () => {
    const dir = handOverDir();
    await run('normal', { dir, mode: 'record' }, '/site/blog/post.md', 'full post');
    await run('normal', { dir, mode: 'record' }, '/site/blog/post.md?truncated=true', 'truncated post');
    const replay = { dir, mode: 'replay' as const };
    expect(await run('pitch', replay, '/site/blog/post.md')).toEqual(['full post']);
    expect(await run('pitch', replay, '/site/blog/post.md?truncated=true')).toEqual(['truncated post']);
    expect(await run('pitch', replay, '/site/docs/new.md')).toBeUndefined();
    // Its normal step, for a page it did not answer, hands the MDX loader's output on and records nothing.
    expect(await run('normal', replay, '/site/docs/new.md', 'compiled here')).toEqual([
      'compiled here',
      { map: 1 },
      { meta: 1 },
    ]);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  test("a missing hand-over folder fails the page's compile with the file system's error", async () => {
    const missing = join(handOverDir(), 'missing');
    await expect(run('normal', { dir: missing, mode: 'record' }, '/site/docs/a.md', 'x')).rejects.toThrow(/ENOENT/);
  });
});
