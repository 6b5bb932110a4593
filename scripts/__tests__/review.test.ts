// npm run review on a fixture repository made here: a tiny Docusaurus site
// whose second commit changes a page, moves one (with its redirect) and adds
// one. The report must name exactly those pages; bad input must leave no
// report and no worktree behind.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { writeFiles } from '../../tests/support/temp-site.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..');
const TSX = join(REPO_DIR, 'node_modules', '.bin', 'tsx');
const REVIEW = join(REPO_DIR, 'scripts', 'review.ts');

const dirs: string[] = [];
const running = new Set<ChildProcess>();
afterAll(() => {
  // A test that timed out must not leave its review building in the background.
  for (const child of running) child.kill('SIGTERM');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const page = (title: string, text: string, description = `About ${title}.`) =>
  `---\ntitle: ${title}\ndescription: ${description}\n---\n\n${text}\n`;

const SITE = {
  'package.json': JSON.stringify({ name: 'review-fixture', private: true, scripts: { build: 'docusaurus build' } }),
  'docusaurus.config.ts': `export default {
  title: 'Review fixture',
  url: 'https://fixture.example.com',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: {}, blog: false, theme: {} }]],
};
`,
  'src/pages/index.md': '# Review fixture\n\nStart at [the first page](/docs/changed).\n',
  'docs/changed.md': page('Changed page', 'The team meets on Monday to plan the week.\n\nA second paragraph stays.'),
  'docs/moved.md': page('Moved page', 'This page will live elsewhere.'),
  'docs/stays.md': page('Steady page', 'Nothing here changes.'),
};

/** A git repository holding the fixture site, with the handbook's node_modules linked in. */
function fixtureRepo(base: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-review-fixture-'));
  dirs.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  writeFiles(dir, { ...base, '.gitignore': 'node_modules\nbuild\n.docusaurus\nreview.md\n' });
  symlinkSync(join(REPO_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

function review(dir: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(TSX, [REVIEW, ...args], {
      cwd: dir,
      // Cold and isolated: the fixture shares the handbook's node_modules.
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running.delete(child);
      done({ code, output });
    });
  });
}

/** The backticked page addresses listed under a report heading. */
function listed(report: string, heading: string): string[] {
  const section = report.split(/^### /m).find((part) => part.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('- `') || line.startsWith('#### `'))
    .map((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]).join(' -> '));
}

function worktrees(dir: string): number {
  return git(dir, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((line) => line.startsWith('worktree ')).length;
}

describe('npm run review', () => {
  test('names exactly the changed, moved and added pages, with the reader-visible text diff', async () => {
    const dir = fixtureRepo(SITE);
    const base = git(dir, 'rev-parse', 'HEAD');
    writeFiles(dir, {
      'docs/changed.md': page(
        'Changed page',
        'The team meets on Tuesday to plan the week.\n\nA second paragraph stays.',
        'About the weekly plan.',
      ),
      'docs/new-page.md': page('New page', 'Freshly written.'),
      'src/data/redirects.yml': '- from: /docs/moved\n  to: /docs/moving/moved-page\n',
    });
    mkdirSync(join(dir, 'docs', 'moving'));
    renameSync(join(dir, 'docs', 'moved.md'), join(dir, 'docs', 'moving', 'moved-page.md'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'change, move, add');

    const { code, output } = await review(dir, '--base', base, '--out', 'review.md');
    expect(output).toContain('review: wrote');
    expect(code).toBe(0);
    const report = readFileSync(join(dir, 'review.md'), 'utf8');
    expect(report.startsWith('<!-- handbook-review -->\n')).toBe(true);
    expect(listed(report, 'Added')).toEqual(['/docs/new-page']);
    expect(listed(report, 'Moved')).toEqual(['/docs/moved -> /docs/moving/moved-page']);
    expect(listed(report, 'Removed')).toEqual([]);
    expect(listed(report, 'Changed')).toEqual(['/docs/changed']);
    expect(report).toContain('<del>Monday</del> <ins>Tuesday</ins>');
    expect(report).toContain('- description: `About Changed page.` → `About the weekly plan.`');
    expect(report).not.toContain('/docs/stays');
    expect(report).toMatch(/\| first-load JS, home \(`\/`\), gzip \| \d+\.\d KB \| \d+\.\d KB \|/);
    expect(report).toMatch(/\| first-load CSS, a doc, gzip \| \d+\.\d KB \| \d+\.\d KB \|/);
    expect(report).toMatch(/\| search index \(0 → 0 files\) \| – \| – \| – \|/);
    expect(worktrees(dir)).toBe(1);
    // Two cold builds of a three-page site: about a minute on an idle machine, several on a busy one.
  }, 900_000);

  test.each([
    {
      name: 'a base that does not exist',
      prepare: () => undefined,
      args: ['--base', 'no-such-branch'],
      message: /^review: base "no-such-branch" is no commit in .*; no report written$/,
    },
    {
      name: 'uncommitted changes in the way',
      prepare: (dir: string) => writeFiles(dir, { 'docs/stays.md': page('Steady page', 'Edited, not committed.') }),
      args: ['--base', 'HEAD'],
      message: /^review: uncommitted changes to docs\/stays\.md; commit or stash them.*; no report written$/,
    },
  ])(
    '$name: one clear line, no report, no worktree',
    async ({ prepare, args, message }) => {
      const dir = fixtureRepo(SITE);
      writeFiles(dir, { 'review.md': 'an old report' });
      prepare(dir);
      const { code, output } = await review(dir, ...args);
      expect(code).toBe(1);
      expect(output.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(existsSync(join(dir, 'review.md'))).toBe(true);
      expect(readFileSync(join(dir, 'review.md'), 'utf8')).toBe('an old report');
      expect(worktrees(dir)).toBe(1);
    },
    120_000,
  );

  test('a build that fails leaves no report and no worktree', async () => {
    const dir = fixtureRepo({ ...SITE, 'docs/stays.md': page('Steady page', 'A [broken link](/docs/nowhere).') });
    const { code, output } = await review(dir, '--base', 'HEAD');
    expect(output).toMatch(
      /^review: the build of the base HEAD \(\w{7}\) failed \(exit \d+\); see its output above; no report written$/m,
    );
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'review.md'))).toBe(false);
    expect(worktrees(dir)).toBe(1);
    // The base worktree lives under a temporary folder of its own, not the fixture's.
    expect(git(dir, 'worktree', 'list').split('\n').slice(1)).toEqual([]);
  }, 600_000);
});
