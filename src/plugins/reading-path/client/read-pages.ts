// Which pages this reader has marked as read, kept in localStorage so the
// reading path and the sidebar agree, across tabs too. On the server and
// during hydration nothing is read yet, so the first render matches the
// static HTML and the marks appear right after.
import { useMemo, useSyncExternalStore } from 'react';

const READ_PAGES_KEY = 'handbook:read-pages';
const CHANGE_EVENT = 'handbook:read-pages-changed';
const NOTHING_READ: readonly string[] = [];

let cachedRaw: string | null = null;
let cachedPages: readonly string[] = NOTHING_READ;

/** Paths are compared without a trailing slash, so /docs/a and /docs/a/ are the same page. */
export function normalizePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function parseReadPages(raw: string | null): readonly string[] {
  if (!raw) return NOTHING_READ;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : NOTHING_READ;
  } catch {
    return NOTHING_READ; // a hand-edited or foreign value: start again rather than fail
  }
}

function readSnapshot(): readonly string[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(READ_PAGES_KEY);
  } catch {
    // Storage can be blocked (private modes, strict settings): nothing is marked, nothing breaks.
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedPages = parseReadPages(raw);
  }
  return cachedPages;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function setPageRead(path: string, read: boolean): void {
  const page = normalizePath(path);
  const others = readSnapshot().filter((item) => item !== page);
  try {
    window.localStorage.setItem(READ_PAGES_KEY, JSON.stringify(read ? [...others, page] : others));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The set of read pages; empty on the server and during hydration. */
export function useReadPages(): { readPages: ReadonlySet<string>; setRead: (path: string, read: boolean) => void } {
  const pages = useSyncExternalStore(subscribe, readSnapshot, () => NOTHING_READ);
  const readPages = useMemo(() => new Set(pages), [pages]);
  return { readPages, setRead: setPageRead };
}
