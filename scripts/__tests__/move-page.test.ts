// npm run move on a copy of the fixture handbook in a git repository made
// for the test: what a good move changes, and that a refused one changes nothing.
// Each case starts the command in its own process (tsx), as a contributor would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

import { readHandbookPages } from '../../src/content/handbook-pages.ts';
import { checkRedirects } from '../check-content/redirects.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..');
const TSX = join(REPO_DIR, 'node_modules', '.bin', 'tsx');
const MOVE = join(REPO_DIR, 'scripts', 'move-page.ts');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-move-'));
  dirs.push(dir);
  cpSync(join(REPO_DIR, 'tests', 'fixtures', 'mini-site'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'src', 'data', 'glossary.yml'),
    '- id: x\n  term: X\n  definition: A term.\n  pages: [other, guide]\n',
  );
  writeFileSync(
    join(dir, 'src', 'data', 'source-facts.yml'),
    '- fact: Something\n  page: other\n  evidence: [points here]\n',
  );
  writeFileSync(join(dir, 'src', 'pages', 'index.md'), '# Fixture\n\nRead [the other page](/docs/other) first.\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fixture');
  return dir;
}

function move(dir: string, ...args: string[]) {
  const run = spawnSync(TSX, [MOVE, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run move', () => {
  test('moves the page with git, rewrites every link and id, regenerates CODEOWNERS and records the redirect', () => {
    const dir = site();
    const result = move(dir, 'docs/other.md', 'docs/reference/other-page.md');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('redirect /docs/other -> /docs/reference/other-page added');

    expect(git(dir, 'status', '--porcelain')).toMatch(/^R {2}docs\/other\.md -> docs\/reference\/other-page\.md$/m);
    expect(existsSync(join(dir, 'docs', 'other.md'))).toBe(false);
    const guide = readFileSync(join(dir, 'docs', 'guide.md'), 'utf8');
    expect(guide).toContain('[the other page](./reference/other-page.md)');
    expect(guide).toContain('(./reference/other-page.md#a-section)');
    expect(readFileSync(join(dir, 'src', 'pages', 'index.md'), 'utf8')).toContain('(/docs/reference/other-page)');
    expect(readFileSync(join(dir, 'src', 'data', 'glossary.yml'), 'utf8')).toContain(
      'pages: [reference/other-page, guide]',
    );
    expect(readFileSync(join(dir, 'src', 'data', 'source-facts.yml'), 'utf8')).toContain('page: reference/other-page');
    const codeowners = readFileSync(join(dir, '.github', 'CODEOWNERS'), 'utf8');
    expect(codeowners).toContain('/docs/reference/other-page.md @fixture/handbook-maintainers');
    expect(codeowners).not.toContain('/docs/other.md');
    expect(readFileSync(join(dir, 'src', 'data', 'redirects.yml'), 'utf8')).toContain(
      '- from: /docs/other\n  to: /docs/reference/other-page\n',
    );
    // The check that guards pull requests agrees: the old address is covered.
    const lines: string[] = [];
    expect(
      checkRedirects(dir, readHandbookPages(dir), { env: { HANDBOOK_BASE: 'HEAD' }, log: (l) => lines.push(l) }),
    ).toEqual([]);
  }, 60_000);

  test.each([
    [
      'onto an existing file',
      ['docs/other.md', 'docs/guide.md'],
      /^move: docs\/guide\.md already exists; choose another name/,
    ],
    [
      'a file that does not exist',
      ['docs/nope.md', 'docs/new.md'],
      /^move: docs\/nope\.md does not exist; give the path of the page to move/,
    ],
    [
      'out of docs/',
      ['docs/other.md', 'src/other.md'],
      /^move: src\/other\.md is outside docs\/ and blog\/; a page can only move within docs\/ or blog\//,
    ],
    ['from outside docs/', ['README.md', 'docs/readme.md'], /^move: README\.md is outside docs\/ and blog\//],
    [
      'from docs/ into blog/',
      ['docs/other.md', 'blog/other.md'],
      /^move: docs\/other\.md -> blog\/other\.md moves a page between docs\/ and blog\//,
    ],
    ['without a new name', ['docs/other.md'], /^move: usage: npm run move -- <old file> <new file>/],
  ])(
    '%s: one clear line and nothing changed on disk',
    (_name, args, message) => {
      const dir = site();
      const before = git(dir, 'ls-files', '-s');
      const result = move(dir, ...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(git(dir, 'ls-files', '-s')).toBe(before);
    },
    60_000,
  );
});
