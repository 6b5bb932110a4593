// The redirect check against small git repositories made in the test: a base
// commit with pages, then a change on top of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { writeFiles } from '../../../tests/support/temp-site.ts';
import { readHandbookPages } from '../../../src/content/handbook-pages.ts';
import { formatProblem } from '../../../src/content/schema.ts';
import { checkRedirects } from '../redirects.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const page = (title: string) => `---\ntitle: ${title}\n---\n\nText of ${title}.\n`;

/** Writes the files given text and deletes those given `null`. */
function write(dir: string, files: Record<string, string | null>) {
  const entries = Object.entries(files);
  for (const [path, text] of entries) if (text === null) rmSync(join(dir, path));
  writeFiles(dir, Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== null)));
}

/** A repository whose first commit holds `base`; `change` is written on top, uncommitted. */
function repo(base: Record<string, string>, change: Record<string, string | null>): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-redirect-check-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseCommit = git(dir, 'rev-parse', 'HEAD');
  write(dir, change);
  return { dir, base: baseCommit };
}

function check(dir: string, env: NodeJS.ProcessEnv) {
  const lines: string[] = [];
  const problems = checkRedirects(dir, readHandbookPages(dir), { env, log: (line) => lines.push(line) });
  return { problems: problems.map(formatProblem), lines };
}

const BASE = { 'docs/a.md': page('A'), 'docs/b.md': page('B'), 'docs/keep.md': page('Keep') };
const LIST = 'src/data/redirects.yml';

type Case = { name: string; change: Record<string, string | null>; expected: RegExp[] };

// Each case makes a repository and runs several git processes: seconds each on a busy machine.
describe('check:content redirects', { timeout: 30_000 }, () => {
  test.each<Case>([
    { name: 'no change', change: {}, expected: [] },
    {
      name: 'a page gone with no redirect names its old path and the fix',
      change: { 'docs/a.md': null, 'docs/a2.md': page('A') },
      expected: [
        /^docs\/a\.md:1: page: was on the base branch .* at \/docs\/a and is gone with no redirect; if you moved it, add "- from: \/docs\/a" "to: <its new address>" to src\/data\/redirects\.yml \(npm run move does this\)/,
      ],
    },
    {
      name: 'a page moved with its redirect passes',
      change: { 'docs/a.md': null, 'docs/a2.md': page('A'), [LIST]: '- from: /docs/a\n  to: /docs/a2\n' },
      expected: [],
    },
    {
      name: 'a redirect to a page that does not exist',
      change: { 'docs/a.md': null, [LIST]: '- from: /docs/a\n  to: /docs/nowhere\n' },
      expected: [/^src\/data\/redirects\.yml:1: to: "\/docs\/nowhere" is not the address of any page; point it at/],
    },
    {
      name: 'a redirect loop',
      change: {
        'docs/a.md': null,
        'docs/b.md': null,
        [LIST]: '- from: /docs/a\n  to: /docs/b\n- from: /docs/b\n  to: /docs/a\n',
      },
      expected: [
        /^src\/data\/redirects\.yml:1: to: redirect loop \/docs\/a -> \/docs\/b -> \/docs\/a;/,
        /^src\/data\/redirects\.yml:3: to: redirect loop \/docs\/b -> \/docs\/a -> \/docs\/b;/,
      ],
    },
    {
      name: 'a redirect that shadows a live page',
      change: { [LIST]: '- from: /docs/b\n  to: /docs/keep\n' },
      expected: [/^src\/data\/redirects\.yml:1: from: "\/docs\/b" is the address of a live page \(docs\/b\.md\)/],
    },
    {
      name: 'a chain is pointed at its end',
      change: {
        'docs/a.md': null,
        'docs/b.md': null,
        [LIST]: '- from: /docs/a\n  to: /docs/b\n- from: /docs/b\n  to: /docs/keep\n',
      },
      expected: [
        /^src\/data\/redirects\.yml:1: to: "\/docs\/b" is not the address of any page; point it at "\/docs\/keep" directly/,
      ],
    },
  ])('$name', ({ change, expected }) => {
    const { dir, base } = repo(BASE, change);
    const { problems } = check(dir, { HANDBOOK_BASE: base });
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });

  test('without HANDBOOK_BASE the base is the merge-base with origin/main', () => {
    const { dir, base } = repo(BASE, {});
    git(dir, 'update-ref', 'refs/remotes/origin/main', base);
    write(dir, { 'docs/b.md': null });
    git(dir, 'commit', '-q', '-am', 'remove b');
    const { problems, lines } = check(dir, {});
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^docs\/b\.md:1: page: was on the base branch \(the merge-base with origin\/main\) at \/docs\/b/,
      ),
    ]);
  });

  test.each([
    ['no origin/main and no HANDBOOK_BASE', {}, /no origin\/main and HANDBOOK_BASE is not set/],
    [
      'a HANDBOOK_BASE that is no commit',
      { HANDBOOK_BASE: 'no-such-branch' },
      /HANDBOOK_BASE=no-such-branch is no commit here/,
    ],
  ])('%s: skipped with one line', (_name, env, line) => {
    const { dir } = repo(BASE, { 'docs/a.md': null });
    const { problems, lines } = check(dir, env);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  test('a shallow clone skips the comparison with one line saying so', () => {
    const { dir } = repo(BASE, {});
    write(dir, { 'docs/c.md': page('C') });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'second');
    const shallow = mkdtempSync(join(tmpdir(), 'handbook-redirect-shallow-'));
    dirs.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
    rmSync(join(shallow, 'docs', 'a.md'));
    const { problems, lines } = check(shallow, { HANDBOOK_BASE: 'HEAD' });
    expect(problems).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^check:content: moved pages not checked: shallow clone/)]);
  });

  test('a page whose slug keeps its address may move without a redirect', () => {
    const slugged = '---\ntitle: A\nslug: /pinned\n---\n\nText.\n';
    const { dir, base } = repo({ ...BASE, 'docs/a.md': slugged }, { 'docs/a.md': null, 'docs/sub/a.md': slugged });
    expect(check(dir, { HANDBOOK_BASE: base }).problems).toEqual([]);
  });
});
