// The weekly workflows' issue keeper (.github/scripts/keep-one-issue.sh),
// run with a stand-in `gh` on PATH that records what it was asked to do and
// answers the issue search with the open issue the case says exists.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '..', '..', '..', '.github', 'scripts', 'keep-one-issue.sh');
const dir = mkdtempSync(join(tmpdir(), 'handbook-keep-one-issue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'gh'),
  [
    '#!/usr/bin/env bash',
    'printf "%s\\n" "$*" >> "$GH_LOG"',
    'if [ "$1 $2" = "issue list" ]; then printf "%s" "$OPEN_ISSUE"; fi',
    '',
  ].join('\n'),
);
chmodSync(join(dir, 'gh'), 0o755);
writeFileSync(join(dir, 'report.md'), 'Two links are broken.\n');

function keep(state: string, openIssue: string) {
  const log = join(dir, `gh-${state}-${openIssue || 'none'}.log`);
  writeFileSync(log, '');
  const run = spawnSync('bash', [SCRIPT, state, join(dir, 'report.md')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${dir}:${process.env.PATH ?? ''}`,
      GH_LOG: log,
      OPEN_ISSUE: openIssue,
      ISSUE_LABEL: 'broken-external-links',
      ISSUE_TITLE: 'Outside links: some are broken',
      ISSUE_DESCRIPTION: 'Found by the weekly outside-link check',
    },
  });
  const allCalls = readFileSync(log, 'utf8')
    .split('\n')
    .filter((call) => call !== '');
  // The first two calls are always the label and the search (checked below); the rest is what the case is about.
  return { code: run.status, stderr: run.stderr, allCalls, calls: allCalls.slice(2) };
}

describe('keep-one-issue.sh', () => {
  const report = join(dir, 'report.md');
  test.each([
    [
      'open, none open yet: creates it',
      'open',
      '',
      [`issue create --title Outside links: some are broken --label broken-external-links --body-file ${report}`],
    ],
    ['open, one open: replaces its body', 'open', '12', [`issue edit 12 --body-file ${report}`]],
    ['close, one open: closes it with the report', 'close', '12', ['issue close 12 --comment Two links are broken.']],
    ['close, none open: does nothing', 'close', '', []],
  ])('%s', (_name, state, openIssue, expected) => {
    const run = keep(state, openIssue);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.calls).toEqual(expected);
  });

  test('the label is created (or kept) and the open issue is found by it', () => {
    expect(keep('close', '').allCalls).toEqual([
      'label create broken-external-links --color d93f0b --description Found by the weekly outside-link check --force',
      'issue list --label broken-external-links --state open --limit 1 --json number --jq .[0].number // empty',
    ]);
  });

  test('a state other than open or close is refused', () => {
    const run = keep('reopen', '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('keep-one-issue: the first argument must be open or close, not "reopen"');
  });
});
