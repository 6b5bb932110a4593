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
  { name: 'invalid-mdx', check: null, build: /docs\/start-here\.mdx/ },
  {
    name: 'future-review-date',
    check:
      /^docs\/guide\.md:6: last_reviewed: "2099-01-01" is in the future; set it to the day the page was last reviewed/m,
    build: null,
  },
  {
    name: 'invalid-utf8',
    check: /^docs\/guide\.md:16: encoding: this line has bytes that are not valid UTF-8/m,
    build: null,
  },
  {
    name: 'unlisted-mdx',
    check:
      /^docs\/new-page\.mdx:1: MDX: is not on the MDX allow-list \(src\/plugins\/safe-markdown\/mdx-allow-list\.ts\); MDX runs code, so rename the page to \.md/m,
    build:
      /docs\/new-page\.mdx:1: MDX: is not on the MDX allow-list \(src\/plugins\/safe-markdown\/mdx-allow-list\.ts\)/,
  },
  {
    name: 'broken-category-json',
    check: /^docs\/team\/_category_\.json:4: JSON: Expected ',' or '}' after property value; fix the syntax/m,
    build: /_category_\.json/,
  },
  {
    name: 'duplicate-glossary-id',
    check:
      /^src\/data\/glossary\.yml:7: id: "flame-graph" is already the id of the entry on line 1; give each term its own id/m,
    build: null,
  },
];

/** Input that looks odd but that Docusaurus builds as intended: the checks must accept it too. */
const ACCEPTED_CASES = [
  // Saved by a Windows editor: a byte-order mark and CRLF line endings.
  'bom-crlf-page',
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

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(TSX, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
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

test('every case has a fixture folder', () => {
  const names = [...CASES.map((fixture) => fixture.name), ...ACCEPTED_CASES];
  for (const name of names) expect(existsSync(join(FIXTURES_DIR, name)), name).toBe(true);
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

  test.each(ACCEPTED_CASES)(
    'accepts %s',
    async (name) => {
      const report = await runContentChecks(assembleSite(name));
      expect(report.problems.map(formatProblem)).toEqual([]);
    },
    60_000,
  );

  test('skips the originality check, with one line saying why, when its tool is not beside the clone', async () => {
    const report = await runContentChecks(assembleSite(null), { originalityTool: '/nowhere/check-originality.mjs' });
    expect(report.problems).toEqual([]);
    expect(report.checkNames).not.toContain('originality');
    expect(report.skipped).toEqual([
      expect.stringMatching(/^check:content: the originality check was skipped: its tool is not at \/nowhere\//),
    ]);
  }, 60_000);

  test('the command line, without the originality tool, prints one skip line and passes', () => {
    const result = run([join(REPO_DIR, 'scripts', 'check-content.ts'), '--site-dir', assembleSite(null)], REPO_DIR, {
      ORIGINALITY_TOOL: '/nowhere/check-originality.mjs',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(/skipped/g)).toHaveLength(1);
    const summary = result.output.split('\n').find((line) => line.startsWith('check:content: 3 pages checked'));
    expect(summary).toMatch(/: no problems$/);
    expect(summary).not.toMatch(/originality/);
  }, 180_000);

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
    // A whole check:content in a child process: a minute or more on a busy two-core host.
    180_000,
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

  test('bundling the client and then the server, the compiled pages handed over (as a site over the page limit does), gives the same site', () => {
    const splitOut = join(mkdtempSync(join(tmpdir(), 'handbook-fixture-out-')), 'build');
    sitesToRemove.push(resolve(splitOut, '..'));
    const result = run([join(REPO_DIR, 'scripts', 'build.ts'), '--out-dir', splitOut], assembleSite(null), {
      HANDBOOK_SPLIT_BUNDLES: '1',
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/the client and then the server bundle are made in processes of their own/);
    // Script names carry a hash of their content, which differs: main.js holds the site config and its
    // cache switch, and each page's modules are named by their loaders, the hand-over's among them.
    const unhashed = (text: string) => text.replace(/(assets\/js\/[\w~-]+)\.[0-9a-f]+\.js/g, '$1.js');
    const split = snapshot(splitOut);
    expect(Object.keys(split).map(unhashed).sort()).toEqual(Object.keys(goodBuild).map(unhashed).sort());
    for (const [file, hash] of Object.entries(goodBuild)) {
      if (file.endsWith('.html')) {
        const page = (dir: string) => unhashed(readFileSync(join(dir, file), 'utf8'));
        expect(page(splitOut), file).toBe(page(outDir));
      } else if (!file.endsWith('.js')) {
        expect(split[file], file).toBe(hash);
      }
    }
    // Every script and stylesheet a page asks for is in the output.
    for (const file of Object.keys(split).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(splitOut, file), 'utf8');
      const assets = [...html.matchAll(/(?:src|href)="?\/(assets\/[^"\s>]+\.(?:js|css))/g)].map(([, asset]) => asset);
      expect(assets.length, file).toBeGreaterThan(0);
      for (const asset of assets) expect(split[asset ?? ''], `${file} asks for ${asset}`).toBeDefined();
    }
    expect(readdirSync(resolve(splitOut, '..'))).toEqual(['build']);
  }, 180_000);

  test.each(ACCEPTED_CASES)(
    'builds %s like the baseline',
    (name) => {
      const acceptedOut = join(mkdtempSync(join(tmpdir(), 'handbook-fixture-out-')), 'build');
      sitesToRemove.push(resolve(acceptedOut, '..'));
      const result = run([join(REPO_DIR, 'scripts', 'build.ts'), '--out-dir', acceptedOut], assembleSite(name));
      expect(result.status, result.output).toBe(0);
      expect(readFileSync(join(acceptedOut, 'docs', 'guide.html'), 'utf8')).toMatch(/<h1[^>]*>Guide<\/h1>/);
    },
    180_000,
  );

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
