// Whether this build can tell the history of its pages. Outside a work tree
// (a tarball, the bench's copies) there is none, and a shallow clone (CI's
// default) holds only its last commits: a history cut off there would be
// wrong, so there is no History link rather than a misleading one.
import { spawnSync } from 'node:child_process';

export type Availability = { available: true } | { available: false; reason: string };

/** Runs git in the site directory; its output, or null when git is missing or fails. */
export type RunGit = (args: string[]) => string | null;

function runGitIn(siteDir: string): RunGit {
  return (args) => {
    const result = spawnSync('git', args, { cwd: siteDir, encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : null;
  };
}

export function historyAvailability(siteDir: string, run: RunGit = runGitIn(siteDir)): Availability {
  if (run(['rev-parse', '--is-inside-work-tree']) !== 'true') {
    return { available: false, reason: 'the site is not in a git work tree' };
  }
  if (run(['rev-parse', '--is-shallow-repository']) === 'true') {
    return {
      available: false,
      reason: 'this is a shallow clone, so the history is cut off; clone with full history (fetch-depth: 0)',
    };
  }
  if (run(['rev-parse', '--verify', '--quiet', 'HEAD']) === null) {
    return { available: false, reason: 'the repository has no commits yet' };
  }
  return { available: true };
}
