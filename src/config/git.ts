import { spawnSync } from 'node:child_process';

/**
 * Docusaurus reads "last updated" dates and authors from git, and the build
 * fails outside a git work tree (a tarball, or the bench's generated copies).
 * Only ask for them where git can answer.
 */
export function isGitWorkTree(dir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'true';
}
