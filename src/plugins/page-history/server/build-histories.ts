// The history file of every page from one `git log` and one `git cat-file`
// (design/page-history.md). Each distinct text of a page is stored once, as
// its word diff against the text it replaced, so a page with fifty changes
// costs one full text plus fifty small edits, and the view shows a change
// without loading a diff library.
import { followPages, readCommits, type PageRevision } from './git-log.ts';
import { pageText } from './page-text.ts';
import { openBlobReader } from './read-blobs.ts';
import type { EncodedText, HistoryRevision, PageHistoryFile, TextOps } from '../shared/types.ts';
import { wordDiff } from '../shared/word-diff.ts';

export type HistoryPage = { file: string; url: string; title: string };

/** The ops that turn `before` into `after`: the word diff, with kept and removed runs as lengths. */
export function encodeText(before: string, after: string): TextOps {
  return wordDiff(before, after).map((part) =>
    part.kind === 'added' ? part.text : part.kind === 'same' ? part.text.length : -part.text.length,
  );
}

/** One page's history file from its revisions (newest first) and the text of each blob. */
function historyFile(
  page: HistoryPage,
  revisions: readonly PageRevision[],
  textOf: (blob: string) => string,
  commitUrl: string,
): PageHistoryFile {
  const texts: EncodedText[] = [];
  const indexOf = new Map<string, number>();
  const decoded: string[] = [];
  const ensure = (blob: string | null, base: string | null): number => {
    if (blob === null) return -1;
    const known = indexOf.get(blob);
    if (known !== undefined) return known;
    const baseIndex = base === null ? -1 : (indexOf.get(base) ?? -1);
    const text = textOf(blob);
    texts.push({ base: baseIndex, ops: encodeText(decoded[baseIndex] ?? '', text) });
    decoded.push(text);
    indexOf.set(blob, texts.length - 1);
    return texts.length - 1;
  };
  // Oldest first, so a text is written against one already stored.
  const entries = [...revisions].reverse().map((revision): HistoryRevision => {
    const before = ensure(revision.oldBlob, null);
    const text = ensure(revision.newBlob, revision.oldBlob);
    const { commit } = revision;
    return {
      commit: commit.hash,
      date: commit.date,
      author: commit.author,
      subject: commit.subject,
      text,
      before,
      ...(revision.renamedFrom ? { renamedFrom: revision.renamedFrom } : {}),
    };
  });
  return { title: page.title, url: page.url, file: page.file, commitUrl, revisions: entries.reverse(), texts };
}

/** The blobs a page's revisions name: each version before and after a change. */
function blobsOf(revisions: readonly PageRevision[]): string[] {
  return revisions.flatMap((revision) =>
    revision.oldBlob ? [revision.oldBlob, revision.newBlob] : [revision.newBlob],
  );
}

/** Pages whose texts are read from git in one request: few enough to hold, many enough to keep git busy. */
const PAGES_PER_READ = 64;

/**
 * Writes the history file of each page through `write`, a group of pages at
 * a time: the group's texts are read from git, encoded, written and let go
 * before the next group's are read, so the pass never holds the texts of the
 * whole repository (design/page-history.md).
 */
export async function buildPageHistories(
  siteDir: string,
  pages: readonly HistoryPage[],
  commitUrl: string,
  write: (page: HistoryPage, file: PageHistoryFile) => Promise<void>,
  paths: readonly string[] = ['docs', 'blog'],
): Promise<void> {
  const commits = await readCommits(siteDir, paths);
  const histories = followPages(
    commits,
    pages.map((page) => page.file),
  );
  const reader = openBlobReader(siteDir);
  try {
    for (let start = 0; start < pages.length; start += PAGES_PER_READ) {
      const group = pages.slice(start, start + PAGES_PER_READ);
      const revisionsOf = (page: HistoryPage) => histories.get(page.file) ?? [];
      const texts = await reader.read(
        group.flatMap((page) => blobsOf(revisionsOf(page))),
        (content) => pageText(content.toString('utf8')),
      );
      const textOf = (blob: string) => texts.get(blob) ?? '';
      for (const page of group) await write(page, historyFile(page, revisionsOf(page), textOf, commitUrl));
    }
  } catch (error) {
    // git's own failure, if any, is in `error`; closing only ends the process.
    await reader.close().catch(() => undefined);
    throw error;
  }
  await reader.close();
}
