// Builds the base of a change and the change itself, and writes what a
// reader will find different as Markdown: pages added, removed (with or
// without a redirect), moved and changed, with the word diff of each changed
// page's text as rendered, and the weight of the home and a doc page and of
// the search index before and after. CI posts it on every pull request
// (.github/workflows/review.yml).
//
// Try: npm run review -- --base main --out review.md
import { execFileSync, spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { readRedirects } from '../src/plugins/redirects/server/redirect-list.ts';
import { addBaseWorktree } from './review/base-worktree.ts';
import { compareBuilds } from './review/compare-builds.ts';
import { chromiumPath } from '../src/config/chromium.ts';
import { folderSize, measureFirstLoads } from './review/first-load.ts';
import { readBuiltPages } from './review/read-built-pages.ts';
import { renderReport } from './review/render-report.ts';

class ReviewError extends Error {}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** `npm run build` in a tree; rejects with a ReviewError naming the tree when it fails. */
function build(dir: string, outDir: string, label: string): Promise<void> {
  console.log(`review: building ${label}`);
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--out-dir', outDir], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) done();
      else fail(new ReviewError(`the build of ${label} failed (exit ${code}); see its output above`));
    });
  });
}

export type ReviewOptions = { repoDir: string; base: string; out: string; docPage?: string };

export async function runReview({ repoDir, base, out, docPage }: ReviewOptions): Promise<string> {
  const baseCommit = tryGit(repoDir, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  if (!baseCommit) {
    throw new ReviewError(
      `base "${base}" is no commit in ${repoDir}; give a branch, tag or commit (fetch it first in a shallow clone)`,
    );
  }
  // --porcelain -z: the path starts at the fourth character of every entry
  // (the output is not trimmed, which would eat the first entry's blank status column).
  const dirty = execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=no'], {
    cwd: repoDir,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  if (dirty.length > 0) {
    const first = dirty[0]?.slice(3);
    throw new ReviewError(
      `uncommitted changes to ${first}${dirty.length > 1 ? ` and ${dirty.length - 1} more files` : ''}; commit or stash them, so the report shows what the change holds`,
    );
  }
  try {
    chromiumPath();
  } catch (error) {
    throw new ReviewError(`first-load sizes are measured in a browser: ${(error as Error).message.replace(/\.$/, '')}`);
  }
  const headCommit = git(repoDir, ['rev-parse', 'HEAD']);
  const outPath = resolve(out);
  // A report from an earlier run must not pass for this one if this one fails.
  rmSync(outPath, { force: true });

  const worktree = addBaseWorktree(repoDir, baseCommit);
  const stopOnSignal = () => {
    worktree.remove();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const baseBuild = join(worktree.scratch, 'build');
    const headBuild = join(repoDir, 'build');
    await build(worktree.dir, baseBuild, `the base ${base} (${baseCommit.slice(0, 7)})`);
    await build(repoDir, headBuild, `the change (${headCommit.slice(0, 7)})`);

    const before = readBuiltPages(baseBuild);
    const after = readBuiltPages(headBuild);
    const redirects = new Map(readRedirects(repoDir).redirects.map((redirect) => [redirect.from, redirect.to]));
    const docs = [...after.keys()].filter((url) => url.startsWith('/docs/')).sort();
    const doc = docPage ?? (docs.includes('/docs/start-here') ? '/docs/start-here' : docs[0]);
    const firstLoadPages = [{ label: 'home', url: '/' }, ...(doc ? [{ label: 'a doc', url: doc }] : [])];
    const [loadsBefore, loadsAfter] = await measureFirstLoads(
      [baseBuild, headBuild],
      firstLoadPages.map((page) => page.url),
    );
    const markdown = renderReport({
      baseLabel: `${base} (${baseCommit.slice(0, 7)})`,
      headLabel: `HEAD (${headCommit.slice(0, 7)})`,
      comparison: compareBuilds(before, after, redirects),
      firstLoad: firstLoadPages.map(({ label, url }, index) => ({
        label,
        url,
        before: loadsBefore?.[index],
        after: loadsAfter?.[index],
      })),
      searchIndex: {
        before: folderSize(join(baseBuild, 'search-index')),
        after: folderSize(join(headBuild, 'search-index')),
      },
    });
    // Written whole or not at all.
    const partial = `${outPath}.partial-${process.pid}`;
    writeFileSync(partial, markdown);
    renameSync(partial, outPath);
    return outPath;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    worktree.remove();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      out: { type: 'string', default: 'review.md' },
      'doc-page': { type: 'string' },
    },
  });
  if (!values.base) {
    console.error('review: give the branch to compare with, e.g. npm run review -- --base origin/main');
    return 1;
  }
  const repoDir = tryGit(process.cwd(), ['rev-parse', '--show-toplevel']);
  if (!repoDir) {
    console.error('review: run it inside the handbook repository (a git work tree)');
    return 1;
  }
  try {
    const written = await runReview({
      repoDir,
      base: values.base,
      out: values.out,
      ...(values['doc-page'] ? { docPage: values['doc-page'] } : {}),
    });
    console.log(`review: wrote ${written}`);
    return 0;
  } catch (error) {
    if (error instanceof ReviewError) {
      console.error(`review: ${error.message}; no report written`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`review: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 2;
    },
  );
}
