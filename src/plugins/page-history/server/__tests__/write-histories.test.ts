import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { HISTORY_JOB_SCRIPT } from '../job-file.ts';
import { saveHistoryJob, writePageHistories, type HistoryJob } from '../write-histories.ts';
import type { PageHistoryFile } from '../../shared/types.ts';

// A repository with one page changed once, and a site served under /handbook/.
let repo: string;
let job: HistoryJob;
const SITE_ROOT = resolve(__dirname, '../../../../..');

function git(...args: string[]) {
  execFileSync('git', args, {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Ada Writer', GIT_AUTHOR_EMAIL: 'ada@example.com' },
  });
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'write-histories-test-'));
  mkdirSync(join(repo, 'docs'));
  writeFileSync(join(repo, 'docs/team.md'), '# Team\n\nWe meet on Mondays.\n');
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '--quiet', '-m', 'Team page');
  writeFileSync(join(repo, 'docs/team.md'), '# Team\n\nWe meet on Tuesdays.\n');
  git('-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '--quiet', '-am', 'Meet on Tuesdays');
  job = {
    siteDir: repo,
    outDir: join(repo, 'build'),
    baseUrl: '/handbook/',
    commitUrl: 'https://git.example/commit/',
    pages: [{ file: 'docs/team.md', url: '/handbook/docs/team', title: 'Team' }],
  };
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

function writtenHistory(): PageHistoryFile {
  return JSON.parse(readFileSync(join(repo, 'build/page-history/docs/team.json'), 'utf8')) as PageHistoryFile;
}

describe('writePageHistories', () => {
  test("writes each page's file under page-history/, at its path without the baseUrl, and says how many", async () => {
    rmSync(job.outDir, { recursive: true, force: true });
    expect(await writePageHistories(job)).toMatch(/^\[page-history\] wrote the history of 1 pages in \d+ ms$/);
    const history = writtenHistory();
    expect(history.revisions.map((revision) => revision.subject)).toEqual(['Meet on Tuesdays', 'Team page']);
    expect(history).toMatchObject({ url: '/handbook/docs/team', title: 'Team' });
  });
});

describe('the history job as a process of its own (what npm run build runs after rendering)', () => {
  const runJob = (jobFile: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(SITE_ROOT, HISTORY_JOB_SCRIPT), jobFile], {
      cwd: SITE_ROOT,
      encoding: 'utf8',
    });

  test('writes the same files as the pass run in the build process', async () => {
    rmSync(job.outDir, { recursive: true, force: true });
    await writePageHistories(job);
    const inProcess = readFileSync(join(repo, 'build/page-history/docs/team.json'), 'utf8');
    rmSync(job.outDir, { recursive: true, force: true });
    const jobFile = join(repo, 'job.json');
    await saveHistoryJob(jobFile, job);
    const result = runJob(jobFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote the history of 1 pages/);
    expect(readFileSync(join(repo, 'build/page-history/docs/team.json'), 'utf8')).toBe(inProcess);
  }, 60_000);

  test('a job file that is not there fails the step with one line naming it', () => {
    const missing = join(repo, 'no-such-job.json');
    const result = runJob(missing);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^\[page-history\] could not write the page histories: .*no-such-job\.json/);
  }, 60_000);
});
