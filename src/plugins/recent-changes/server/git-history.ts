// Reads which handbook files changed and when, from git. Builds also run
// outside a work tree (a tarball, the bench's copies) and in CI's shallow
// clones, where the history is cut off and the dates would be wrong: both
// give an explanation instead of a list, never a failed build.
//
// Try: git log --relative --name-only --format='%H %cI %s' -- docs blog
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { hasCommits, historyGap, LOG_FIELD, LOG_RECORD, runGitIn, type RunGit } from '../../../content/git.ts';

export type FileChange = {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  date: string;
  summary: string;
  commit: string | null;
};

export type FileHistory = { available: true; changes: FileChange[] } | { available: false; reason: string };

/** Parses `git log --name-only --format=<RS>%h<US>%cI<US>%s` into one change per file and commit. */
export function parseGitLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const record of output.split(LOG_RECORD).slice(1)) {
    const [header = '', ...files] = record.split('\n');
    const [commit = '', date = '', summary = ''] = header.split(LOG_FIELD);
    for (const file of files.map((line) => line.trim()).filter(Boolean)) {
      changes.push({ file, date: new Date(date).toISOString(), summary, commit });
    }
  }
  return changes;
}

export const UNCOMMITTED_SUMMARY = 'Changed in this working copy, not committed yet';

/**
 * The newest change of each file under `paths`, newest first: commits from
 * history, plus edits not committed yet (dated by the file's modification
 * time) so a local preview shows what its author just changed.
 */
export function readFileHistory(siteDir: string, paths: string[], run: RunGit = runGitIn(siteDir)): FileHistory {
  const gap = historyGap(run);
  if (gap === 'no work tree') {
    return { available: false, reason: 'This copy of the handbook was built outside a git work tree.' };
  }
  if (gap === 'shallow clone') {
    return {
      available: false,
      reason: 'This copy was built from a shallow git clone, so its history is incomplete.',
    };
  }
  const log = hasCommits(run)
    ? run([
        'log',
        '--relative',
        '--no-renames',
        '--name-only',
        `--format=${LOG_RECORD}%h${LOG_FIELD}%cI${LOG_FIELD}%s`,
        '--',
        ...paths,
      ])
    : '';
  if (log === null) return { available: false, reason: 'git could not read the history of this copy.' };

  const uncommitted = new Set(
    [
      run(['ls-files', '--modified', '--others', '--exclude-standard', '--', ...paths]),
      run(['diff', '--name-only', '--relative', '--cached', '--', ...paths]),
    ]
      .flatMap((output) => (output ?? '').split('\n'))
      .map((line) => line.trim())
      .filter(Boolean),
  );

  const newest = new Map<string, FileChange>();
  for (const file of uncommitted) {
    const modified = modificationTime(join(siteDir, file));
    if (modified) newest.set(file, { file, date: modified, summary: UNCOMMITTED_SUMMARY, commit: null });
  }
  for (const change of parseGitLog(log)) {
    // git log lists newest commits first, so the first sighting of a file is its latest change.
    if (!newest.has(change.file)) newest.set(change.file, change);
  }
  return { available: true, changes: [...newest.values()].sort((a, b) => b.date.localeCompare(a.date)) };
}

function modificationTime(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return null; // deleted in the working copy: no page to link to
  }
}

/**
 * `modifiedAt` as withEditsSince reads it under `npm start`, but a page saved
 * more than once since the server started keeps the time of its first save.
 * A page's later saves then leave the recent-changes data as it was, so the
 * bundler compiles the saved page alone, not the data once more after it
 * (design/dev-loop.md).
 */
export function firstSavesSince(
  since: number,
  modifiedAt: (file: string) => number | null,
): (file: string) => number | null {
  const firstSave = new Map<string, number>();
  return (file) => {
    const modified = modifiedAt(file);
    if (modified === null || modified <= since) return modified;
    const first = firstSave.get(file) ?? modified;
    firstSave.set(file, first);
    return first;
  };
}

/**
 * Under `npm start` git is read once, when the server starts; a page saved
 * since then (modified after `since`) shows as changed in the working copy,
 * from the save itself, so no save walks git again (design/dev-loop.md).
 */
export function withEditsSince(
  history: FileHistory,
  files: Iterable<string>,
  since: number,
  modifiedAt: (file: string) => number | null,
): FileHistory {
  if (!history.available) return history;
  const edited = new Map<string, FileChange>();
  for (const file of files) {
    const modified = modifiedAt(file);
    if (modified !== null && modified > since) {
      edited.set(file, { file, date: new Date(modified).toISOString(), summary: UNCOMMITTED_SUMMARY, commit: null });
    }
  }
  if (edited.size === 0) return history;
  const changes = [...edited.values(), ...history.changes.filter((change) => !edited.has(change.file))];
  return { available: true, changes: changes.sort((a, b) => b.date.localeCompare(a.date)) };
}
