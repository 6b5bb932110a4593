import { spawnSync } from 'node:child_process';

/**
 * The commit the site is built from, so a report names the exact text the
 * reader saw; null outside a git work tree (a tarball, the bench's copies).
 */
export function readBuildCommit(siteDir: string): string | null {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: siteDir, encoding: 'utf8' });
  const commit = result.status === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
}
