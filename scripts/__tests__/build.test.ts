import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

import { BUNDLE_NODE_FLAGS, buildPhases, planBuild } from '../build.ts';

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
