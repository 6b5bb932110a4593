// Bad input, each case a small broken page (tests/fixtures/<case>/) laid over
// a valid two-page site (tests/fixtures/mini-site/). Every case must fail
// check:content, the real Docusaurus build, or both, with a message that
// names the file and the field or line. The valid baseline must pass both.
//
// Try: npx vitest run tests/__tests__/content-fixtures.test.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { formatProblem } from '../../src/content/schema.ts';
import { runContentChecks } from '../../scripts/check-content.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..');
const FIXTURES_DIR = join(REPO_DIR, 'tests', 'fixtures');
const TSX = join(REPO_DIR, 'node_modules', '.bin', 'tsx');

type FixtureCase = {
  name: string;
  /** What check:content must print, or null when only the build can see the problem. */
  check: RegExp | null;
  /** What the build must print, or null when the build has no opinion (Docusaurus lets front matter through). */
  build: RegExp | null;
};

const CASES: FixtureCase[] = [
  { name: 'yaml-syntax-error', check: /^docs\/guide\.md:2: YAML: .*quote a value/m, build: null },
  {
    name: 'wrong-type',
    check: /^docs\/guide\.md:7: sidebar_position: must be a number, not the text "first"/m,
    build: null,
  },
  {
    name: 'unknown-key-typo',
    check: /^docs\/guide\.md:7: sidebar_postion: .*did you mean "sidebar_position"\?/m,
    build: null,
  },
  { name: 'missing-owner', check: /^docs\/guide\.md:1: owner: is missing; add the team/m, build: null },
  {
    name: 'unknown-owner',
    check: /^docs\/guide\.md:5: owner: "perf" is not a known owner \(did you mean "perf-eng"\?\)/m,
    build: null,
  },
  {
    name: 'bad-date',
    check: /^docs\/guide\.md:6: last_reviewed: "2026-02-30" is not a real calendar date/m,
    build: null,
  },
  {
    name: 'unknown-tag',
    check: /^docs\/guide\.md:4: tags: "handbok" is not a known tag \(did you mean "handbook"\?\)/m,
    build: null,
  },
  { name: 'empty-title', check: /^docs\/guide\.md:2: title: is empty/m, build: null },
  {
    name: 'long-description',
    check: /^docs\/guide\.md:3: description: is \d+ characters long; keep it to one sentence of at most 160/m,
    build: null,
  },
  { name: 'misspelled-word', check: /^docs\/guide\.md:16: spelling: "pases" is not in the dictionary/m, build: null },
  {
    name: 'markdown-style',
    check: /^docs\/guide\.md:18: MD004\/ul-style: Unordered list style \(Expected: dash; Actual: asterisk\)/m,
    build: null,
  },
  {
    name: 'unknown-blog-author',
    check: /^blog\/2026-11-01-hello\/index\.md:4: authors: "fixture-writer" is not a known author/m,
    build: /fixture-writer/,
  },
  {
    name: 'missing-page-link',
    check:
      /^docs\/guide\.md:10: link: "\.\/othr\.md" points to docs\/othr\.md, which does not exist \(did you mean \.\/other\.md\?\); fix the path/m,
    build: /\.\/othr\.md[\s\S]*docs\/guide\.md/,
  },
  {
    name: 'missing-anchor',
    check:
      /^docs\/guide\.md:10: anchor: "\.\/other\.md#a-sectoin" points to #a-sectoin, which is not a heading on docs\/other\.md \(did you mean #a-section\?\); link to one of its headings: #a-section/m,
    build: /Broken anchor on source page path = \/docs\/guide[\s\S]*#a-sectoin/,
  },
  {
    name: 'missing-image',
    check: /^docs\/guide\.md:14: image: "\.\/img\/diagrm\.svg" does not exist/m,
    build: /diagrm\.svg[\s\S]*docs\/guide\.md|docs\/guide\.md[\s\S]*diagrm\.svg/,
  },
  { name: 'invalid-mdx', check: null, build: /docs\/broken\.mdx/ },
];

const sitesToRemove: string[] = [];

/** A throw-away copy of the mini-site with the case's files laid over it and the real lint configuration. */
function assembleSite(caseName: string | null): string {
  const siteDir = mkdtempSync(join(tmpdir(), `handbook-fixture-${caseName ?? 'baseline'}-`));
  sitesToRemove.push(siteDir);
  cpSync(join(FIXTURES_DIR, 'mini-site'), siteDir, { recursive: true });
  if (caseName) cpSync(join(FIXTURES_DIR, caseName), siteDir, { recursive: true });
  for (const file of ['.markdownlint-cli2.jsonc', 'cspell.json', 'project-words.txt']) {
    cpSync(join(REPO_DIR, file), join(siteDir, file));
  }
  symlinkSync(join(REPO_DIR, 'node_modules'), join(siteDir, 'node_modules'), 'dir');
  return siteDir;
}

afterAll(() => {
  for (const dir of sitesToRemove) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], cwd: string) {
  const result = spawnSync(TSX, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      HANDBOOK_REPO_DIR: REPO_DIR,
      // Each fixture site lives in a new temporary folder: a persistent bundler cache would only pile up.
      DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file of a folder with a hash of its content: equal snapshots mean an untouched folder. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return files;
}

test('the cases cover every kind of bad input the issue lists, and each has a fixture folder', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(13);
  for (const fixture of CASES) expect(existsSync(join(FIXTURES_DIR, fixture.name)), fixture.name).toBe(true);
});

describe('check:content', () => {
  test('passes the valid baseline', async () => {
    const report = await runContentChecks(assembleSite(null));
    expect(report.problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  test.each(CASES.filter((fixture) => fixture.check !== null))(
    'reports $name with its file, line and field',
    async ({ name, check }) => {
      const report = await runContentChecks(assembleSite(name));
      const output = report.problems.map(formatProblem).join('\n');
      expect(report.problems.length).toBeGreaterThan(0);
      expect(output).toMatch(check ?? /never/);
    },
    60_000,
  );

  test.each([
    ['the valid baseline', 0, null, /^check:content: 3 pages checked .*: no problems$/m],
    ['a broken page', 1, 'unknown-owner', /^check:content: \d+ problems? in 3 pages \(front matter\); fix them/m],
  ])(
    'the command line, on %s, exits %i and ends with a summary line',
    (_, status, caseName, summary) => {
      const result = run(
        [join(REPO_DIR, 'scripts', 'check-content.ts'), '--site-dir', assembleSite(caseName)],
        REPO_DIR,
      );
      expect(result.status, result.output).toBe(status);
      expect(result.output).toMatch(summary);
    },
    60_000,
  );
});

// The builds run one after another (two cores), all into one output folder:
// after the baseline fills it, every failing build must leave it untouched.
describe.sequential('the real Docusaurus build, through scripts/build.ts', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'handbook-fixture-out-')), 'build');
  let goodBuild: Record<string, string> = {};
  sitesToRemove.push(resolve(outDir, '..'));

  beforeAll(() => {
    const result = run([join(REPO_DIR, 'scripts', 'build.ts'), '--out-dir', outDir], assembleSite(null));
    if (result.status !== 0) throw new Error(`the valid baseline must build:\n${result.output}`);
    goodBuild = snapshot(outDir);
  }, 180_000);

  test('the valid baseline builds into a complete site', () => {
    expect(Object.keys(goodBuild)).toEqual(
      expect.arrayContaining(['index.html', 'docs/guide.html', 'docs/other.html', 'sitemap.xml', '404.html']),
    );
  });

  test.each(CASES.filter((fixture) => fixture.build !== null))(
    'fails on $name, names it, and leaves the previous build untouched',
    ({ name, build }) => {
      const result = run([join(REPO_DIR, 'scripts', 'build.ts'), '--out-dir', outDir], assembleSite(name));
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(build ?? /never/);
      expect(result.output).toMatch(/still holds the previous good build/);
      expect(snapshot(outDir)).toEqual(goodBuild);
      expect(readdirSync(resolve(outDir, '..'))).toEqual(['build']);
    },
    180_000,
  );
});
