// The git questions two features ask of the site directory: recent changes
// (the newest change of each file) and page history (every change of every
// page). Their logs differ (names only against raw blob ids), but both must
// refuse a history that is missing or cut off, and both split git's output on
// the same separators.
import { spawnSync } from 'node:child_process';

/** Runs git in the site directory: its output, or null when git is missing or fails. */
export type RunGit = (args: string[]) => string | null;

export function runGitIn(siteDir: string): RunGit {
  return (args) => {
    const result = spawnSync('git', args, { cwd: siteDir, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    return result.status === 0 ? result.stdout : null;
  };
}

/**
 * Control characters that never occur in a commit subject or a path: they
 * start a commit's record and separate its fields in a `--format`.
 */
export const LOG_RECORD = '\u001e';
export const LOG_FIELD = '\u001f';

/**
 * Why the history cannot be trusted, or null when it can. Outside a work tree
 * (a tarball, the bench's copies) there is none; a shallow clone (CI's
 * default) holds only its last commits, so dates and lists read from it would
 * be wrong.
 */
export function historyGap(run: RunGit): 'no work tree' | 'shallow clone' | null {
  if (run(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return 'no work tree';
  if (run(['rev-parse', '--is-shallow-repository'])?.trim() === 'true') return 'shallow clone';
  return null;
}

/** Whether HEAD exists: a repository just created with `git init` has no commits to log. */
export function hasCommits(run: RunGit): boolean {
  return run(['rev-parse', '--verify', '--quiet', 'HEAD']) !== null;
}
