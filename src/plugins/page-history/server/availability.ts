// Whether this build can tell the history of its pages: not outside a work
// tree, not from a shallow clone (src/content/git.ts), and not before the
// first commit. Without one there is no History link rather than a
// misleading one.
import { hasCommits, historyGap, runGitIn, type RunGit } from '../../../content/git.ts';

export type Availability = { available: true } | { available: false; reason: string };

export function historyAvailability(siteDir: string, run: RunGit = runGitIn(siteDir)): Availability {
  const gap = historyGap(run);
  if (gap === 'no work tree') return { available: false, reason: 'the site is not in a git work tree' };
  if (gap === 'shallow clone') {
    return {
      available: false,
      reason: 'this is a shallow clone, so the history is cut off; clone with full history (fetch-depth: 0)',
    };
  }
  if (!hasCommits(run)) return { available: false, reason: 'the repository has no commits yet' };
  return { available: true };
}
