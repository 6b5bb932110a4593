import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { BUNDLE_NODE_FLAGS, buildPhases, countMarkdownFiles, planBuild, SPLIT_BUNDLES_ABOVE_PAGES } from '../build.ts';

// What `npm run build -- <args>` hands docusaurus, and where the finished site goes.
// (That a failed build leaves the previous one untouched is tested on real
// builds in tests/__tests__/content-fixtures.test.ts.)
describe('planBuild', () => {
  test.each([
    ['no arguments', [], { siteDir: '/repo', outDir: '/repo/build', passThrough: [] }],
    ['--out-dir x', ['--out-dir', 'x'], { siteDir: '/repo', outDir: '/repo/x', passThrough: [] }],
    ['--out-dir=x', ['--out-dir=x'], { siteDir: '/repo', outDir: '/repo/x', passThrough: [] }],
    ['an absolute --out-dir', ['--out-dir', '/tmp/site'], { siteDir: '/repo', outDir: '/tmp/site', passThrough: [] }],
    [
      'a site folder: --out-dir is relative to it, as in docusaurus',
      ['website', '--out-dir', 'out'],
      { siteDir: '/repo/website', outDir: '/repo/website/out', passThrough: ['website'] },
    ],
    [
      'other options pass through, values included',
      ['--locale', 'en', '--no-minify', '--config', 'other.config.ts'],
      {
        siteDir: '/repo',
        outDir: '/repo/build',
        passThrough: ['--locale', 'en', '--no-minify', '--config', 'other.config.ts'],
      },
    ],
  ])('%s', (_, args, expected) => {
    expect(planBuild(args, '/repo')).toEqual(expected);
  });

  test('--out-dir without a folder says what it needs', () => {
    expect(() => planBuild(['--out-dir'], '/repo')).toThrow('--out-dir needs a folder, e.g. --out-dir build-preview');
  });
});

describe('buildPhases', () => {
  test("bundles and renders in two processes, through Docusaurus' own switches", () => {
    expect(buildPhases({})).toEqual([
      { name: 'bundle', env: { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' }, nodeFlags: ['--heap-growing-percent=100'] },
      { name: 'render', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' }, nodeFlags: [] },
    ]);
  });

  test('the bundling V8 flag is one this node accepts', () => {
    const run = spawnSync(process.execPath, [...BUNDLE_NODE_FLAGS, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test.each(['1', 'true', 'TRUE'])('HANDBOOK_STOCK_DOCUSAURUS=%s builds in one plain docusaurus build', (value) => {
    expect(buildPhases({ HANDBOOK_STOCK_DOCUSAURUS: value })).toEqual([{ name: 'build', env: {}, nodeFlags: [] }]);
  });

  test.each(['0', '', 'no'])('HANDBOOK_STOCK_DOCUSAURUS=%j leaves the patches on', (value) => {
    expect(buildPhases({ HANDBOOK_STOCK_DOCUSAURUS: value })).toHaveLength(2);
  });
});

describe('bundling a large site in two processes', () => {
  const bundle = { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' };
  const handOver = { ...bundle, HANDBOOK_COMPILED_PAGES: '/tmp/pages' };
  const split = [
    {
      name: 'bundle-client',
      env: { ...handOver, HANDBOOK_BUNDLE_ONLY: 'client' },
      nodeFlags: ['--heap-growing-percent=100'],
    },
    {
      name: 'bundle-server',
      env: { ...handOver, HANDBOOK_BUNDLE_ONLY: 'server' },
      nodeFlags: ['--heap-growing-percent=100'],
    },
    { name: 'render', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' }, nodeFlags: [] },
  ];

  test('above the limit the client bundle and then the server bundle each get a process, then the pages render', () => {
    expect(buildPhases({}, SPLIT_BUNDLES_ABOVE_PAGES).map((phase) => phase.name)).toEqual(['bundle', 'render']);
    expect(buildPhases({}, SPLIT_BUNDLES_ABOVE_PAGES + 1, '/tmp/pages')).toEqual(split);
  });

  test('HANDBOOK_SPLIT_BUNDLES=1 splits a small site, =0 keeps a large one in one process, and stock never splits', () => {
    expect(buildPhases({ HANDBOOK_SPLIT_BUNDLES: '1' }, 10, '/tmp/pages')).toEqual(split);
    expect(buildPhases({ HANDBOOK_SPLIT_BUNDLES: '0' }, 100_000).map((phase) => phase.name)).toEqual([
      'bundle',
      'render',
    ]);
    expect(buildPhases({ HANDBOOK_STOCK_DOCUSAURUS: '1' }, 100_000)).toEqual([
      { name: 'build', env: {}, nodeFlags: [] },
    ]);
  });

  test('any other HANDBOOK_SPLIT_BUNDLES value is refused by name', () => {
    expect(() => buildPhases({ HANDBOOK_SPLIT_BUNDLES: 'yes' }, 10)).toThrow(
      'HANDBOOK_SPLIT_BUNDLES must be 1 (bundle in two processes) or 0 (in one), not "yes"',
    );
  });

  test('counts the Markdown pages under docs/ and blog/, partials and other files left out', () => {
    const site = mkdtempSync(join(tmpdir(), 'handbook-count-'));
    try {
      const files = [
        'docs/intro.md',
        'docs/culture/deck.mdx',
        'docs/culture/_partial.mdx',
        'docs/culture/_category_.json',
        'docs/img/diagram.svg',
        'blog/2017-05-16-retro/index.md',
        'blog/authors.yml',
        'src/pages/markdown-page.md',
      ];
      for (const file of files) {
        mkdirSync(dirname(join(site, file)), { recursive: true });
        writeFileSync(join(site, file), '# A page\n');
      }
      expect(countMarkdownFiles(site)).toBe(3);
      expect(countMarkdownFiles(join(site, 'src'))).toBe(0);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
