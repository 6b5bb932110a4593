// The history view, /history?page=<page path>: every commit that changed the
// page, newest first; &diff=<commit> shows what one commit did to the text,
// &from=<commit>&to=<commit> compares any two versions. The page's history
// file is fetched here and nowhere else, and the diff library is loaded only
// to compare two versions (a single change is replayed from the stored
// diff). See design/page-history.md.
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import { historyDataPath, type HistoryRevision, type PageHistoryFile } from '../shared/types.ts';
import { decodeTexts, diffParts, type DiffPart } from '../shared/text-ops.ts';
import DiffText from './DiffText.tsx';
import { parseHistoryQuery, type HistoryQuery } from './history-query.ts';
import styles from './HistoryPage.module.css';

type Loaded = { page: string; file: PageHistoryFile; texts: string[] };
type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; loaded: Loaded };

function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

/** "2026-11-20 09:00 UTC": the same on every reader's machine and in the built HTML. */
function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function useHistoryFile(page: string | null): LoadState {
  const { siteConfig } = useDocusaurusContext();
  const [state, setState] = useState<LoadState & { page?: string }>({ status: 'loading' });
  useEffect(() => {
    if (page === null) return;
    let cancelled = false;
    const { baseUrl } = siteConfig;
    const path = page.startsWith(baseUrl) ? `/${page.slice(baseUrl.length)}` : page;
    fetch(`${baseUrl}${historyDataPath(path)}`)
      .then(async (response) => {
        if (response.status === 404) {
          throw new Error(
            'This build has no history for that page. Pages written after the last build, and builds made by npm start, have none.',
          );
        }
        if (!response.ok) throw new Error(`The history could not be loaded (HTTP ${response.status}).`);
        const file = (await response.json()) as PageHistoryFile;
        if (!Array.isArray(file.revisions) || !Array.isArray(file.texts)) {
          throw new Error('The history file of this page is not in the expected form; rebuild the site.');
        }
        return { page, file, texts: decodeTexts(file.texts) };
      })
      .then(
        (loaded) => !cancelled && setState({ status: 'ready', loaded, page }),
        (error: unknown) =>
          !cancelled && setState({ status: 'failed', message: (error as Error).message || String(error), page }),
      );
    return () => {
      cancelled = true;
    };
  }, [page, siteConfig]);
  return state.page === page ? state : { status: 'loading' };
}

function CommitLine({ revision, commitUrl }: { revision: HistoryRevision; commitUrl: string }) {
  return (
    <>
      <time dateTime={revision.date}>{formatDate(revision.date)}</time> by {revision.author}:{' '}
      <span className={styles.subject}>{revision.subject}</span> (
      <a
        href={`${commitUrl}${revision.commit}`}
        aria-label={`commit ${shortCommit(revision.commit)} in the repository`}
      >
        <code>{shortCommit(revision.commit)}</code>
      </a>
      )
    </>
  );
}

const ENDS = ['from', 'to'] as const;

function RevisionList({ loaded, route }: { loaded: Loaded; route: string }) {
  const { file, page } = loaded;
  const history = useHistory();
  const [from, setFrom] = useState(file.revisions[1]?.commit ?? file.revisions[0]?.commit ?? '');
  const [to, setTo] = useState(file.revisions[0]?.commit ?? '');
  if (file.revisions.length === 0) {
    return <p>No commit has changed this page yet: it exists only in this working copy.</p>;
  }
  // The two radio buttons of each version: the older end of a comparison and the newer one.
  const picked = { from, to };
  const pick = { from: setFrom, to: setTo };
  const compare = (event: FormEvent) => {
    event.preventDefault();
    history.push(`${route}?page=${encodeURI(page)}&from=${from}&to=${to}`);
  };
  return (
    <form onSubmit={compare} className={styles.compareForm}>
      <p>
        {file.revisions.length} change{file.revisions.length === 1 ? '' : 's'}, newest first. Choose one to see what it
        did to the text, or pick an older (<em>from</em>) and a newer (<em>to</em>) version and compare them.
      </p>
      <ol className={styles.revisions}>
        {file.revisions.map((revision, index) => {
          const version = `${formatDate(revision.date)} (${shortCommit(revision.commit)})`;
          return (
            <li key={revision.commit} className={styles.revision}>
              <span className={styles.pick}>
                {ENDS.map((end) => (
                  <label key={end}>
                    <input
                      type="radio"
                      name={end}
                      value={revision.commit}
                      checked={picked[end] === revision.commit}
                      onChange={() => pick[end](revision.commit)}
                    />
                    <span className={styles.pickLabel}>{end}</span>
                    <span className={styles.visuallyHidden}> the version of {version}</span>
                  </label>
                ))}
              </span>
              <span className={styles.revisionText}>
                <CommitLine revision={revision} commitUrl={file.commitUrl} />
                {revision.renamedFrom && <span> (moved from {revision.renamedFrom})</span>}{' '}
                <Link to={`${route}?page=${encodeURI(page)}&diff=${revision.commit}`}>
                  {index === file.revisions.length - 1 ? 'show the first version' : 'show this change'}
                  <span className={styles.visuallyHidden}> of {version}</span>
                </Link>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="submit" className="button button--primary">
        Compare the selected versions
      </button>
    </form>
  );
}

function findRevision(file: PageHistoryFile, commit: string): HistoryRevision | undefined {
  return file.revisions.find((revision) => revision.commit === commit || revision.commit.startsWith(commit));
}

/** A word diff computed in the browser: loads the diff library on first use. */
function useComputedDiff(before: string | null, after: string | null): DiffPart[] | null {
  const [parts, setParts] = useState<{ before: string; after: string; parts: DiffPart[] } | null>(null);
  useEffect(() => {
    if (before === null || after === null) return;
    let cancelled = false;
    void import('../shared/word-diff.ts').then(({ wordDiff }) => {
      if (!cancelled) setParts({ before, after, parts: wordDiff(before, after) });
    });
    return () => {
      cancelled = true;
    };
  }, [before, after]);
  return parts && parts.before === before && parts.after === after ? parts.parts : null;
}

function ChangeView({ loaded, commit, route }: { loaded: Loaded; commit: string; route: string }) {
  const { file, texts, page } = loaded;
  const revision = findRevision(file, commit);
  const stored = revision ? file.texts[revision.text] : undefined;
  // The stored ops are this change's diff when the text was written against the one it replaced.
  const replayed = useMemo(
    () =>
      revision && stored && stored.base === revision.before
        ? diffParts(texts[revision.before] ?? '', stored.ops)
        : null,
    [revision, stored, texts],
  );
  const computed = useComputedDiff(
    revision && !replayed ? (texts[revision.before] ?? '') : null,
    revision && !replayed ? (texts[revision.text] ?? '') : null,
  );
  if (!revision) return <p role="alert">This page has no change from commit {commit}.</p>;
  const parts = replayed ?? computed;
  return (
    <>
      <p>
        <CommitLine revision={revision} commitUrl={file.commitUrl} />
        {revision.renamedFrom && <> It also moved the page from {revision.renamedFrom}.</>}
      </p>
      <p>
        <Link to={`${route}?page=${encodeURI(page)}`}>All changes to this page</Link>
      </p>
      {parts ? (
        <DiffText parts={parts} created={revision.before === -1} />
      ) : (
        <p role="status">Comparing the two versions…</p>
      )}
    </>
  );
}

function CompareView({ loaded, query, route }: { loaded: Loaded; query: HistoryQuery; route: string }) {
  const { file, texts, page } = loaded;
  const from = query.from ? findRevision(file, query.from) : undefined;
  const to = query.to ? findRevision(file, query.to) : undefined;
  const parts = useComputedDiff(from ? (texts[from.text] ?? '') : null, to ? (texts[to.text] ?? '') : null);
  if (!from || !to) {
    return (
      <p role="alert">
        This page has no version from commit {from ? query.to : query.from}.{' '}
        <Link to={`${route}?page=${encodeURI(page)}`}>Choose two versions from the list of changes</Link>.
      </p>
    );
  }
  return (
    <>
      <dl className={styles.versions}>
        <dt>From</dt>
        <dd>
          <CommitLine revision={from} commitUrl={file.commitUrl} />
        </dd>
        <dt>To</dt>
        <dd>
          <CommitLine revision={to} commitUrl={file.commitUrl} />
        </dd>
      </dl>
      <p>
        <Link to={`${route}?page=${encodeURI(page)}`}>All changes to this page</Link>
      </p>
      {parts ? <DiffText parts={parts} created={false} /> : <p role="status">Comparing the two versions…</p>}
    </>
  );
}

function HistoryBody({ query, route }: { query: HistoryQuery; route: string }): ReactNode {
  const state = useHistoryFile(query.page);
  if (query.page === null) {
    return (
      <>
        <Heading as="h1">Page history</Heading>
        <p>
          {query.problem ??
            'Every handbook page and blog post has a History link beside "Edit this page". Follow it to see each change to that page.'}
        </p>
      </>
    );
  }
  if (state.status === 'loading') {
    return (
      <>
        <Heading as="h1">Page history</Heading>
        <p role="status">Loading the history of {query.page}…</p>
      </>
    );
  }
  if (state.status === 'failed') {
    return (
      <>
        <Heading as="h1">Page history</Heading>
        <p role="alert">{state.message}</p>
      </>
    );
  }
  const { loaded } = state;
  const title = loaded.file.title;
  const heading = query.diff
    ? `A change to "${title}"`
    : query.from || query.to
      ? `Two versions of "${title}"`
      : `History of "${title}"`;
  return (
    <>
      <Heading as="h1">{heading}</Heading>
      <p>
        Page: <Link to={loaded.file.url}>{title}</Link> (<code>{loaded.file.file}</code>)
      </p>
      {query.diff ? (
        <ChangeView loaded={loaded} commit={query.diff} route={route} />
      ) : query.from || query.to ? (
        <CompareView loaded={loaded} query={query} route={route} />
      ) : (
        <RevisionList loaded={loaded} route={route} />
      )}
    </>
  );
}

export default function HistoryPage(): ReactNode {
  const location = useLocation();
  // The built HTML has no query; the query is read once the page runs in the browser, so hydration matches.
  const isBrowser = useIsBrowser();
  const query = parseHistoryQuery(isBrowser ? location.search : '');
  return (
    <Layout title="Page history" description="Every change to a handbook page, with what each change did to its text.">
      <main className={`container margin-vert--lg ${styles.main}`}>
        <HistoryBody query={query} route={location.pathname} />
      </main>
    </Layout>
  );
}
