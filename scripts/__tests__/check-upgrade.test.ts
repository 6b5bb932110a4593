import { describe, expect, test } from 'vitest';

import {
  brokenPatches,
  formatReport,
  meetsMinimum,
  newestCommonVersion,
  parseCheckArgs,
  type CheckResult,
} from '../check-upgrade.ts';

describe('parseCheckArgs', () => {
  test.each([
    [['3.10.2'], { version: '3.10.2', keep: false }],
    [['4.0.0-canary-6808', '--keep'], { version: '4.0.0-canary-6808', keep: true }],
    [['4.x'], { version: '4.x', keep: false }],
  ])('%j', (args, expected) => {
    expect(parseCheckArgs(args)).toMatchObject(expected);
  });

  test.each([
    [[], /no version given/],
    [['latest'], /"latest" is not a version/],
    [['3.10.2', '4.x'], /one version at a time/],
    [['3.10.2', '--report'], /--report needs a value/],
    [['3.10.2', '--fast'], /unknown option --fast/],
  ])('%j is refused with a message saying how to call it', (args, message) => {
    expect(() => parseCheckArgs(args)).toThrow(message);
    expect(() => parseCheckArgs(args)).toThrow(/usage: npm run check:upgrade -- <docusaurus version/);
  });
});

describe('meetsMinimum', () => {
  test.each([
    ['20.20.2', '>=20.0', true],
    ['20.20.2', '>=24.21', false],
    ['24.21.0', '>=24.21', true],
    ['24.20.9', '>=24.21', false],
    ['v25.0.0', '>=24.21.3', true],
    ['24.21.2', '>=24.21.3', false],
  ])('Node %s against %s: %s', (node, range, expected) => {
    expect(meetsMinimum(node, range)).toBe(expected);
  });

  test('a range of another form is named, not guessed at', () => {
    expect(() => meetsMinimum('24.0.0', '^20 || ^22')).toThrow(/"\^20 \|\| \^22" is not of the form >=x.y.z/);
  });
});

describe('newestCommonVersion', () => {
  const core = ['3.9.0', '3.10.1-canary-6655', '3.10.1', '3.10.2', '4.0.0-canary-6808', '4.0.0-canary-6822'];
  const faster = ['3.9.0', '3.10.1-canary-6655', '3.10.1', '3.10.2', '4.0.0-canary-6808'];

  test.each([
    [3, [core, faster], '3.10.2'],
    // core alone has 6822: a site cannot install it with its faster sibling.
    [4, [core, faster], '4.0.0-canary-6808'],
    [4, [core], '4.0.0-canary-6822'],
    [5, [core, faster], undefined],
  ])('major %i', (major, lists, expected) => {
    expect(newestCommonVersion(major, lists)).toBe(expected);
  });
});

const passing = { status: 0, output: '', seconds: 30 };

function result(overrides: Partial<CheckResult>): CheckResult {
  return {
    version: '4.0.0-canary-6808',
    node: 'v24.21.0',
    missing: [],
    install: passing,
    guards: { passed: 12, failed: [] },
    patched: { build: passing, browser: { passed: 60, failed: [] } },
    stock: { build: passing, browser: { passed: 60, failed: [] } },
    ...overrides,
  };
}

describe('the report', () => {
  test('a clean run says passed and lists both builds', () => {
    const report = formatReport(result({}));
    expect(report).toMatch(/^## Docusaurus 4.0.0-canary-6808 on Node v24.21.0: passed/);
    expect(report).toContain('| build | built in 30 s | built in 30 s |');
    expect(report).not.toContain('Patches that broke');
  });

  test('a failing guard block names its patch and where it lives', () => {
    const guards = {
      passed: 10,
      failed: [
        {
          name: 'code-block-content-copy theme-common/internal still exports useCodeBlockContext',
          message: 'expected false to be true',
        },
      ],
    };
    expect(brokenPatches(guards)).toEqual([{ id: 'code-block-content-copy', message: 'expected false to be true' }]);
    const report = formatReport(result({ guards }));
    expect(report).toMatch(/BROKE/);
    expect(report).toContain(
      '- **code-block-content-copy** (src/plugins/code-highlighting/theme/CodeBlock/Content/index.tsx): expected false to be true',
    );
  });

  test('browser failures are listed under the build they ran against', () => {
    const browser = { passed: 50, failed: [{ name: 'the /search page shows results', message: 'Timeout 60000ms' }] };
    const report = formatReport(result({ patched: { build: passing, browser } }));
    expect(report).toContain('| 50 passed, 1 failed | 60 passed, 0 failed |');
    expect(report).toContain(
      '### Browser tests with the patches that failed\n\n- the /search page shows results: Timeout',
    );
    expect(report).toContain('no guard test failed');
  });

  test('a version the registry lacks for some package says which', () => {
    const report = formatReport(result({ version: '4.0.0-canary-6822', missing: ['@docusaurus/faster'] }));
    expect(report).toContain('Not installable: the registry has no 4.0.0-canary-6822 of @docusaurus/faster.');
  });
});
