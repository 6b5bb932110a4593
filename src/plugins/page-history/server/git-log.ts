// One `git log --raw` over docs/ and blog/ gives, for every commit, the blob
// ids each file had before and after it and the renames git detected. That is
// everything the history of every page needs, in one process whatever the
// number of pages (design/page-history.md).
//
// Try: git log --raw -M --no-abbrev --relative --format='%H %aI %an %s' -- docs blog
import { spawn } from 'node:child_process';

import { LOG_FIELD as FIELD, LOG_RECORD as RECORD } from '../../../content/git.ts';

/** One line of `--raw` output: a file the commit added, changed, deleted or renamed. */
type RawEntry = {
  /** A, M, T, D or R (copies are not asked for). */
  status: string;
  oldBlob: string | null;
  newBlob: string | null;
  /** The path before the commit; equals `path` except for renames. */
  oldPath: string;
  path: string;
};

export type Commit = {
  hash: string;
  /** Author date, ISO 8601 in UTC. */
  date: string;
  author: string;
  subject: string;
  entries: RawEntry[];
};

/** git's id of "no blob": the side of an addition or deletion that has no file. */
const NO_BLOB = /^0+$/;

/** The arguments of the single log; paths are relative to `cwd` (the site directory). */
function gitLogArguments(paths: readonly string[]): string[] {
  return [
    '-c',
    'core.quotePath=false',
    'log',
    '--raw',
    '-M',
    '--no-abbrev',
    '--relative',
    '--no-color',
    `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`,
    '--',
    ...paths,
  ];
}

function blobOrNull(id: string): string | null {
  return NO_BLOB.test(id) ? null : id;
}

/** Reads `git log --raw` output (format of gitLogArguments) into commits, newest first as git lists them. */
export function parseRawLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RECORD).slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', date = '', author = '', subject = ''] = header.split(FIELD);
    const entries: RawEntry[] = [];
    for (const line of lines) {
      if (!line.startsWith(':')) continue;
      // :100644 100644 <old> <new> M\tpath   or   ... R087\told\tnew
      const [meta = '', ...paths] = line.split('\t');
      const [, , oldId = '', newId = '', status = ''] = meta.slice(1).split(' ');
      const oldPath = paths[0] ?? '';
      entries.push({
        status: status.charAt(0),
        oldBlob: blobOrNull(oldId),
        newBlob: blobOrNull(newId),
        oldPath,
        path: paths[1] ?? oldPath,
      });
    }
    commits.push({ hash, date: new Date(date).toISOString(), author, subject, entries });
  }
  return commits;
}

/** One commit that changed a page. */
export type PageRevision = {
  commit: Commit;
  /** The page's blob before the commit (null when the commit created it). */
  oldBlob: string | null;
  newBlob: string;
  /** The path the commit renamed the page from, when it did. */
  renamedFrom?: string;
};

/**
 * The commits that changed each page, newest first, following renames as
 * `git log --follow` does but for every file in one walk: going back in
 * time, a rename hands the page over to its old path, and an addition ends it.
 * `files` are the pages' current paths; the result is keyed by them.
 */
export function followPages(commits: readonly Commit[], files: readonly string[]): Map<string, PageRevision[]> {
  const histories = new Map<string, PageRevision[]>(files.map((file) => [file, []]));
  /** Which page each path belongs to, at the point of history the walk has reached. */
  const pageAt = new Map<string, string>(files.map((file) => [file, file]));
  for (const commit of commits) {
    // Look every entry up before moving any path: a commit may rename a page
    // away from a path and add a new file at that same path.
    const moves: { from: string; to: string; page: string | null }[] = [];
    for (const entry of commit.entries) {
      if (entry.status === 'D' || entry.newBlob === null) continue;
      const page = pageAt.get(entry.path);
      if (page === undefined) continue;
      histories.get(page)?.push({
        commit,
        oldBlob: entry.oldBlob,
        newBlob: entry.newBlob,
        ...(entry.status === 'R' ? { renamedFrom: entry.oldPath } : {}),
      });
      if (entry.status === 'R') moves.push({ from: entry.path, to: entry.oldPath, page });
      else if (entry.status === 'A') moves.push({ from: entry.path, to: entry.path, page: null });
    }
    for (const move of moves) pageAt.delete(move.from);
    for (const move of moves) if (move.page !== null) pageAt.set(move.to, move.page);
  }
  return histories;
}

/** Runs the single `git log` and parses it; rejects with git's own message when it fails. */
export function readCommits(siteDir: string, paths: readonly string[]): Promise<Commit[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitLogArguments(paths), { cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(parseRawLog(Buffer.concat(chunks).toString('utf8')));
      else reject(new Error(`git log failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
