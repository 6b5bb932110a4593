// The history file of every page from one `git log` and one `git cat-file`
// (design/page-history.md). Each distinct text of a page is stored once, as
// its word diff against the text it replaced, so a page with fifty changes
// costs one full text plus fifty small edits, and the view shows a change
// without loading a diff library.
import { followPages, readCommits, type PageRevision } from './git-log.ts';
import { pageText } from './page-text.ts';
import { readBlobs } from './read-blobs.ts';
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

/**
 * Writes the history file of each page through `write`, one page at a time,
 * so only one page's decoded texts are held beside the blobs' texts.
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
  const blobs = [...histories.values()].flatMap((revisions) =>
    revisions.flatMap((revision) => (revision.oldBlob ? [revision.oldBlob, revision.newBlob] : [revision.newBlob])),
  );
  const texts = await readBlobs(siteDir, blobs, (content) => pageText(content.toString('utf8')));
  const textOf = (blob: string) => texts.get(blob) ?? '';
  for (const page of pages) {
    await write(page, historyFile(page, histories.get(page.file) ?? [], textOf, commitUrl));
  }
}
