// When the reader last opened the recent-changes page (or a given page), so
// the next visit can mark what changed in between. Read once after mount: the
// static HTML has no marks, and the marks never cause a hydration mismatch.
import { useEffect, useState } from 'react';

const LAST_VISIT_KEY = 'handbook:recent-changes-last-visit';

/** Where the last visit of one page is kept, by its path: a doc marks its own changes (../ChangedSinceLastVisit). */
export function pageVisitKey(path: string): string {
  return `handbook:page-last-visit:${path}`;
}

export type LastVisit = { state: 'pending' } | { state: 'first' } | { state: 'returning'; time: number };

export function parseLastVisit(raw: string | null): LastVisit {
  const time = raw === null ? NaN : Date.parse(raw);
  return Number.isNaN(time) ? { state: 'first' } : { state: 'returning', time };
}

/** The previous visit (read before this one is recorded), or 'pending' until mounted. */
export function useLastVisit(key = LAST_VISIT_KEY): LastVisit {
  const [lastVisit, setLastVisit] = useState<LastVisit>({ state: 'pending' });
  useEffect(() => {
    let previous: string | null = null;
    try {
      previous = window.localStorage.getItem(key);
      window.localStorage.setItem(key, new Date().toISOString());
    } catch {
      // Storage blocked: every visit counts as a first one.
    }
    setLastVisit(parseLastVisit(previous));
  }, [key]);
  return lastVisit;
}

/** A change dated by an ISO 8601 string or a time in milliseconds. */
export function isChangedSince(date: string | number, lastVisit: LastVisit): boolean {
  return lastVisit.state === 'returning' && new Date(date).getTime() > lastVisit.time;
}
