import { describe, expect, test } from 'vitest';

import {
  firstSavesSince,
  parseGitLog,
  readFileHistory,
  UNCOMMITTED_SUMMARY,
  withEditsSince,
  type FileHistory,
} from '../git-history.ts';

const RS = '\u001e';
const US = '\u001f';
const LOG = [
  '',
  `abc1234${US}2026-11-20T10:00:00+01:00${US}Explain PMCs\n\ndocs/work-updates/pmcs.md\ndocs/glossary.md\n`,
  `def5678${US}2026-11-01T09:00:00Z${US}First pages\n\ndocs/glossary.md\ndocs/about.md\n`,
].join(RS);

describe('parseGitLog', () => {
  test('gives one change per file and commit, with UTC dates', () => {
    expect(parseGitLog(LOG)).toEqual([
      {
        file: 'docs/work-updates/pmcs.md',
        date: '2026-11-20T09:00:00.000Z',
        summary: 'Explain PMCs',
        commit: 'abc1234',
      },
      { file: 'docs/glossary.md', date: '2026-11-20T09:00:00.000Z', summary: 'Explain PMCs', commit: 'abc1234' },
      { file: 'docs/glossary.md', date: '2026-11-01T09:00:00.000Z', summary: 'First pages', commit: 'def5678' },
      { file: 'docs/about.md', date: '2026-11-01T09:00:00.000Z', summary: 'First pages', commit: 'def5678' },
    ]);
  });
});

type Answers = Partial<Record<string, string | null>>;

/** A stand-in for git that answers by the command's first two words. */
function fakeGit(answers: Answers) {
  return (args: string[]) => answers[args.slice(0, 2).join(' ')] ?? answers[args[0] ?? ''] ?? '';
}

describe('readFileHistory', () => {
  test.each([
    ['outside a work tree', { 'rev-parse --is-inside-work-tree': null }, /outside a git work tree/],
    [
      'in a shallow clone',
      { 'rev-parse --is-inside-work-tree': 'true\n', 'rev-parse --is-shallow-repository': 'true\n' },
      /shallow git clone/,
    ],
  ])('%s it explains why there is no history', (_case, answers, reason) => {
    const history = readFileHistory('/nowhere', ['docs'], fakeGit(answers));
    expect(history.available).toBe(false);
    expect(history.available ? '' : history.reason).toMatch(reason);
  });

  test('keeps the newest change of each file, newest first', () => {
    const history = readFileHistory(
      '/nowhere',
      ['docs'],
      fakeGit({
        'rev-parse --is-inside-work-tree': 'true\n',
        'rev-parse --is-shallow-repository': 'false\n',
        'rev-parse --verify': 'abc1234\n',
        log: LOG,
        'ls-files': '',
        diff: '',
      }),
    );
    expect(history).toEqual({
      available: true,
      changes: [
        expect.objectContaining({ file: 'docs/work-updates/pmcs.md', commit: 'abc1234' }),
        expect.objectContaining({ file: 'docs/glossary.md', commit: 'abc1234' }),
        expect.objectContaining({ file: 'docs/about.md', commit: 'def5678' }),
      ],
    });
  });

  test('lists a file changed in the working copy as not committed yet', () => {
    const history = readFileHistory(
      process.cwd(),
      ['docs'],
      fakeGit({
        'rev-parse --is-inside-work-tree': 'true\n',
        'rev-parse --is-shallow-repository': 'false\n',
        'rev-parse --verify': null,
        'ls-files': 'package.json\n',
        diff: '',
      }),
    );
    expect(history.available && history.changes).toEqual([
      expect.objectContaining({ file: 'package.json', commit: null, summary: UNCOMMITTED_SUMMARY }),
    ]);
  });
});

describe('withEditsSince (npm start: git read once, saves added from their files)', () => {
  const history: FileHistory = {
    available: true,
    changes: [
      { file: 'docs/a.md', date: '2026-11-20T10:00:00.000Z', summary: 'Write a', commit: 'abc1234' },
      { file: 'docs/b.md', date: '2026-11-10T10:00:00.000Z', summary: 'Write b', commit: 'def5678' },
    ],
  };
  const started = Date.parse('2026-12-01T09:00:00.000Z');

  test('a page saved since the start comes first, as a working-copy change, and only once', () => {
    const saved = Date.parse('2026-12-01T09:05:00.000Z');
    const result = withEditsSince(history, ['docs/a.md', 'docs/b.md'], started, (file) =>
      file === 'docs/b.md' ? saved : Date.parse('2026-11-20T10:00:00.000Z'),
    );
    expect(result).toEqual({
      available: true,
      changes: [
        { file: 'docs/b.md', date: '2026-12-01T09:05:00.000Z', summary: UNCOMMITTED_SUMMARY, commit: null },
        history.changes[0],
      ],
    });
  });

  test('nothing saved since the start (or a file gone) leaves the history as git told it', () => {
    expect(withEditsSince(history, ['docs/a.md', 'docs/gone.md'], started, () => null)).toBe(history);
  });

  test('no history to add to stays an explanation', () => {
    const none: FileHistory = { available: false, reason: 'outside a work tree' };
    expect(withEditsSince(none, ['docs/a.md'], started, () => Date.now())).toBe(none);
  });
});

describe('firstSavesSince (npm start: a page saved again keeps its place and time)', () => {
  const started = Date.parse('2026-12-01T09:00:00.000Z');
  const committed = Date.parse('2026-11-20T10:00:00.000Z');

  test('later saves of a page give the time of its first save since the start', () => {
    const times = new Map<string, number | null>([
      ['docs/a.md', committed],
      ['docs/b.md', started + 60_000],
    ]);
    const savedAt = firstSavesSince(started, (file) => times.get(file) ?? null);
    expect(savedAt('docs/b.md')).toBe(started + 60_000);
    times.set('docs/b.md', started + 120_000);
    expect(savedAt('docs/b.md')).toBe(started + 60_000);
    expect(savedAt('docs/a.md')).toBe(committed);
    times.set('docs/a.md', started + 180_000);
    expect(savedAt('docs/a.md')).toBe(started + 180_000);
  });

  test('so the recent-changes list a second save gives is the one the first save gave', () => {
    const history: FileHistory = {
      available: true,
      changes: [{ file: 'docs/a.md', date: '2026-11-20T10:00:00.000Z', summary: 'Write a', commit: 'abc1234' }],
    };
    let modified = started + 60_000;
    const savedAt = firstSavesSince(started, () => modified);
    const afterFirst = withEditsSince(history, ['docs/a.md'], started, savedAt);
    modified = started + 90_000;
    expect(withEditsSince(history, ['docs/a.md'], started, savedAt)).toEqual(afterFirst);
  });

  test('a deleted page reads as gone', () => {
    const savedAt = firstSavesSince(started, () => null);
    expect(savedAt('docs/gone.md')).toBeNull();
  });
});
