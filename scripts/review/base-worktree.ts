// The base commit checked out beside the repository in a git worktree that
// shares its node_modules (a symlink), so building it needs no install.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BaseWorktree = { dir: string; scratch: string; remove: () => void };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function addBaseWorktree(repoDir: string, commit: string): BaseWorktree {
  const scratch = mkdtempSync(join(tmpdir(), 'handbook-review-'));
  const dir = join(scratch, 'base');
  let added = false;
  const remove = () => {
    if (added) {
      git(repoDir, ['worktree', 'remove', '--force', dir]);
    }
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    git(repoDir, ['worktree', 'add', '--detach', dir, commit]);
    added = true;
    const modules = join(repoDir, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, join(dir, 'node_modules'), 'dir');
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, scratch, remove };
}
