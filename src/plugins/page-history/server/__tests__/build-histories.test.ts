import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { historyAvailability } from '../availability.ts';
import { buildPageHistories, type HistoryPage } from '../build-histories.ts';
import { followPages, parseRawLog, type Commit } from '../git-log.ts';
import { decodeTexts, diffParts } from '../../shared/text-ops.ts';
import type { PageHistoryFile } from '../../shared/types.ts';

// A real repository, made here: a page created, edited, renamed (and edited
// in the same commit), plus a second page and a commit outside docs/.
let repo: string;
let clock = 0;

/** Runs git in the test repository; each commit is dated a day after the one before. */
function git(...args: string[]): string {
  if (args[0] === 'commit') clock++;
  const date = `2026-11-0${clock}T10:00:00Z`;
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada Writer',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada Writer',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function write(file: string, text: string) {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
}

const FRONT = '---\ntitle: Freedom\nowner: perf-eng\n---\n';
const LONG = 'Engineers choose their own tools and explain the choice to the team afterwards. '.repeat(3);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'page-history-test-'));
  git('init', '--quiet', '--initial-branch=main');
  write('docs/culture/freedom.md', `${FRONT}# Freedom\n\nWe trust people with slow builds.\n\n${LONG}\n`);
  write('docs/about.md', '# About\n\nA handbook.\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'First pages');
  write('docs/culture/freedom.md', `${FRONT}# Freedom\n\nWe trust people with fast builds.\n\n${LONG}\n`);
  git('commit', '--quiet', '-am', 'Builds are fast now');
  write('README.md', 'not a page');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Readme');
  mkdirSync(join(repo, 'docs/values'), { recursive: true });
  renameSync(join(repo, 'docs/culture/freedom.md'), join(repo, 'docs/values/freedom.md'));
  write(
    'docs/values/freedom.md',
    `${FRONT.replace('perf-eng', 'team')}# Freedom\n\nWe trust people with fast builds.\n\n${LONG}\n`,
  );
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Move freedom under values');
  write('docs/values/freedom.md', `${FRONT}# Freedom\n\nWe trust people with fast, safe builds.\n\n${LONG}\n`);
  git('commit', '--quiet', '-am', 'Safety too');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

const PAGES: HistoryPage[] = [
  { file: 'docs/values/freedom.md', url: '/docs/values/freedom', title: 'Freedom' },
  { file: 'docs/about.md', url: '/docs/about', title: 'About' },
];

async function histories(): Promise<Map<string, PageHistoryFile>> {
  const files = new Map<string, PageHistoryFile>();
  await buildPageHistories(repo, PAGES, 'https://git.example/commit/', async (page, file) => {
    files.set(page.url, file);
  });
  return files;
}

describe('buildPageHistories on a real repository', () => {
  test('lists each commit that changed a page, newest first, across its rename', async () => {
    const freedom = (await histories()).get('/docs/values/freedom');
    expect(freedom?.revisions.map((revision) => revision.subject)).toEqual([
      'Safety too',
      'Move freedom under values',
      'Builds are fast now',
      'First pages',
    ]);
    expect(freedom?.revisions[1]?.renamedFrom).toBe('docs/culture/freedom.md');
    expect(freedom?.revisions[0]).toMatchObject({ author: 'Ada Writer', date: '2026-11-05T10:00:00.000Z' });
    expect(freedom?.revisions[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(freedom?.commitUrl).toBe('https://git.example/commit/');
  });

  test('stores the text a reader reads, without front matter or Markdown marks', async () => {
    const freedom = (await histories()).get('/docs/values/freedom');
    const texts = decodeTexts(freedom?.texts ?? []);
    const newest = freedom?.revisions[0];
    expect(texts[newest?.text ?? -1]).toBe(`Freedom\n\nWe trust people with fast, safe builds.\n\n${LONG.trim()}`);
    const first = freedom?.revisions.at(-1);
    expect(first?.before).toBe(-1);
    expect(texts[first?.text ?? -1]).toContain('slow builds');
  });

  test("a change's stored ops are its word diff against the text it replaced", async () => {
    const freedom = (await histories()).get('/docs/values/freedom');
    const texts = decodeTexts(freedom?.texts ?? []);
    const edit = freedom?.revisions.find((revision) => revision.subject === 'Builds are fast now');
    const stored = freedom?.texts[edit?.text ?? -1];
    expect(stored?.base).toBe(edit?.before);
    const changed = diffParts(texts[edit?.before ?? -1] ?? '', stored?.ops ?? []).filter(
      (part) => part.kind !== 'same',
    );
    expect(changed).toEqual([
      { kind: 'removed', text: 'slow' },
      { kind: 'added', text: 'fast' },
    ]);
  });

  test('a rename that changes only front matter keeps the text (the same words)', async () => {
    const freedom = (await histories()).get('/docs/values/freedom');
    const texts = decodeTexts(freedom?.texts ?? []);
    const move = freedom?.revisions.find((revision) => revision.renamedFrom);
    expect(texts[move?.text ?? -1]).toBe(texts[move?.before ?? -1]);
  });

  test('a page untouched by later commits keeps only its own', async () => {
    const about = (await histories()).get('/docs/about');
    expect(about?.revisions.map((revision) => revision.subject)).toEqual(['First pages']);
  });

  test('a page with no commits gets an empty history', async () => {
    write('docs/new.md', '# New\n');
    const files = new Map<string, PageHistoryFile>();
    await buildPageHistories(repo, [{ file: 'docs/new.md', url: '/docs/new', title: 'New' }], '', async (p, f) => {
      files.set(p.url, f);
    });
    expect(files.get('/docs/new')?.revisions).toEqual([]);
    rmSync(join(repo, 'docs/new.md'));
  });

  test('a shallow clone has no history, and says why', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'page-history-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]);
      const availability = historyAvailability(shallow);
      expect(availability).toEqual({ available: false, reason: expect.stringMatching(/shallow clone/) });
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  test('outside a work tree there is no history, and says why; inside a full clone there is', () => {
    const plain = mkdtempSync(join(tmpdir(), 'page-history-plain-'));
    try {
      expect(historyAvailability(plain)).toEqual({
        available: false,
        reason: expect.stringMatching(/not in a git work tree/),
      });
      expect(historyAvailability(repo)).toEqual({ available: true });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

function commit(hash: string, entries: string[]): Commit {
  return {
    hash,
    date: '2026-11-01T00:00:00.000Z',
    author: 'A',
    subject: hash,
    entries:
      parseRawLog(`\u001e${hash}\u001f2026-11-01T00:00:00Z\u001fA\u001f${hash}\n\n${entries.join('\n')}\n`)[0]
        ?.entries ?? [],
  };
}

const Z = '0'.repeat(40);
const blob = (n: number) => String(n).repeat(40).slice(0, 40);

describe('followPages', () => {
  test.each([
    {
      name: 'an edit, then an addition',
      commits: [
        commit('c2', [`:100644 100644 ${blob(1)} ${blob(2)} M\tdocs/a.md`]),
        commit('c1', [`:000000 100644 ${Z} ${blob(1)} A\tdocs/a.md`]),
      ],
      expected: { 'docs/a.md': ['c2', 'c1'] },
    },
    {
      name: 'a rename hands the page to its old path',
      commits: [
        commit('c3', [`:100644 100644 ${blob(2)} ${blob(3)} M\tdocs/b.md`]),
        commit('c2', [`:100644 100644 ${blob(1)} ${blob(2)} R090\tdocs/a.md\tdocs/b.md`]),
        commit('c1', [`:000000 100644 ${Z} ${blob(1)} A\tdocs/a.md`]),
      ],
      expected: { 'docs/b.md': ['c3', 'c2', 'c1'] },
    },
    {
      name: 'a file added where a renamed page used to be is another page',
      commits: [
        commit('c3', [`:100644 100644 ${blob(5)} ${blob(6)} M\tdocs/a.md`]),
        commit('c2', [
          `:100644 100644 ${blob(1)} ${blob(1)} R100\tdocs/a.md\tdocs/b.md`,
          `:000000 100644 ${Z} ${blob(5)} A\tdocs/a.md`,
        ]),
        commit('c1', [`:000000 100644 ${Z} ${blob(1)} A\tdocs/a.md`]),
      ],
      expected: { 'docs/a.md': ['c3', 'c2'], 'docs/b.md': ['c2', 'c1'] },
    },
    {
      name: 'a page deleted and added again starts over at the addition',
      commits: [
        commit('c3', [`:000000 100644 ${Z} ${blob(3)} A\tdocs/a.md`]),
        commit('c2', [`:100644 000000 ${blob(1)} ${Z} D\tdocs/a.md`]),
        commit('c1', [`:000000 100644 ${Z} ${blob(1)} A\tdocs/a.md`]),
      ],
      expected: { 'docs/a.md': ['c3'] },
    },
  ])('$name', ({ commits, expected }) => {
    const result = followPages(commits, Object.keys(expected));
    expect(
      Object.fromEntries([...result].map(([file, revisions]) => [file, revisions.map((r) => r.commit.hash)])),
    ).toEqual(expected);
  });
});
