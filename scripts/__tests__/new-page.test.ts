import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

import { readContentVocabulary, validateFrontMatter } from '../../src/content/schema.ts';
import { createPage, slugFromTitle, UsageError } from '../new-page.ts';

const REPO_DIR = resolve(import.meta.dirname, '..', '..');
const MINI_SITE = join(REPO_DIR, 'tests', 'fixtures', 'mini-site');

const siteDirs: string[] = [];
afterAll(() => siteDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the fixture site with one section, "guides", to scaffold into. */
function freshSite(): string {
  const siteDir = mkdtempSync(join(tmpdir(), 'handbook-new-page-'));
  siteDirs.push(siteDir);
  cpSync(MINI_SITE, siteDir, { recursive: true });
  mkdirSync(join(siteDir, 'docs', 'guides'));
  writeFileSync(join(siteDir, 'docs', 'guides', '_category_.json'), '{ "label": "Guides" }\n');
  cpSync(join(siteDir, 'docs', 'guide.md'), join(siteDir, 'docs', 'guides', 'guide.md'));
  return siteDir;
}

describe('slugFromTitle', () => {
  test.each([
    ['Giving feedback', 'giving-feedback'],
    ['Giving feedback: the 5 rules!', 'giving-feedback-the-5-rules'],
    ["What's a PMC?", 'whats-a-pmc'],
    ['  Café  culture  ', 'cafe-culture'],
    ['SRE & on-call', 'sre-on-call'],
    ['???', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});

describe('createPage', () => {
  test.each([
    ['defaults: the section usual owner and its tag', { title: 'Giving feedback' }, 'perf-eng', undefined],
    [
      'given owner and tags',
      { title: 'On call', owner: 'handbook-maintainers', tags: ['handbook'] },
      'handbook-maintainers',
      ['handbook'],
    ],
  ])('writes a page that passes the schema (%s)', (_, request, owner, tags) => {
    const siteDir = freshSite();
    const result = createPage(siteDir, { section: 'guides', ...request }, '2026-11-25');
    expect(result.file).toBe(`docs/guides/${slugFromTitle(request.title)}.md`);
    expect(result.previewUrl).toBe(`http://localhost:3000/docs/guides/${slugFromTitle(request.title)}`);
    const source = readFileSync(join(siteDir, result.file), 'utf8');
    const { vocabulary } = readContentVocabulary(siteDir);
    expect(validateFrontMatter({ kind: 'doc', file: result.file, source }, vocabulary)).toEqual([]);
    expect(source).toContain(`owner: ${owner}\nlast_reviewed: 2026-11-25\n`);
    if (tags) expect(source).toContain(`tags: [${tags.join(', ')}]`);
  });

  test.each([
    [
      'an unknown section',
      { section: 'nowhere', title: 'X' },
      /--section "nowhere" is not a docs section; use one of guides/,
    ],
    ['an empty title', { section: 'guides', title: '  ' }, /--title is empty/],
    ['a title with no letters', { section: 'guides', title: '???' }, /no letters or digits/],
    [
      'an unknown owner',
      { section: 'guides', title: 'X', owner: 'perf' },
      /owner: "perf" is not a known owner.*nothing was written/s,
    ],
    ['an unknown tag', { section: 'guides', title: 'X', tags: ['nope'] }, /tags: "nope" is not a known tag/],
    [
      'a too-long description',
      { section: 'guides', title: 'X', description: 'x'.repeat(200) },
      /description: is 200 characters long/,
    ],
  ])('refuses %s', (_, request, message) => {
    expect(() => createPage(freshSite(), request, '2026-11-25')).toThrow(message);
  });

  test('refuses to overwrite an existing page', () => {
    const siteDir = freshSite();
    expect(() => createPage(siteDir, { section: 'guides', title: 'Guide' })).toThrow(UsageError);
    expect(() => createPage(siteDir, { section: 'guides', title: 'Guide' })).toThrow(
      'docs/guides/guide.md already exists; edit it, or choose another title',
    );
  });
});

describe('npm run new, outside a terminal', () => {
  const run = (args: string[]) =>
    spawnSync(join(REPO_DIR, 'node_modules', '.bin', 'tsx'), [join(REPO_DIR, 'scripts', 'new-page.ts'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  test.each([
    ['no flags', [], /--section and --title are required when not in a terminal\nusage: npm run new/],
    ['no title', ['--section', 'guides'], /--title is required when not in a terminal/],
    ['no section', ['--title', 'X'], /--section is required when not in a terminal/],
  ])(
    'fails with a usage error given %s',
    (_, args, message) => {
      const result = run(['--site-dir', freshSite(), ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
    },
    20_000,
  );

  test('with flags it writes the page and prints its path and preview URL', () => {
    const siteDir = freshSite();
    const result = run([
      '--site-dir',
      siteDir,
      '--section',
      'guides',
      '--title',
      'Giving feedback',
      '--tags',
      'handbook',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created docs/guides/giving-feedback.md');
    expect(result.stdout).toContain('http://localhost:3000/docs/guides/giving-feedback');
    expect(readFileSync(join(siteDir, '.github', 'CODEOWNERS'), 'utf8')).toContain(
      '/docs/guides/giving-feedback.md @fixture/perf-eng',
    );
  }, 20_000);
});
