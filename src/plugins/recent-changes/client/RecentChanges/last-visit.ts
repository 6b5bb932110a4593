// When the reader last opened the recent-changes page, so the next visit can
// mark what changed in between. Read once after mount: the static HTML has
// no marks, and the marks never cause a hydration mismatch.
import { useEffect, useState } from 'react';

const LAST_VISIT_KEY = 'handbook:recent-changes-last-visit';

export type LastVisit = { state: 'pending' } | { state: 'first' } | { state: 'returning'; time: number };

export function parseLastVisit(raw: string | null): LastVisit {
  const time = raw === null ? NaN : Date.parse(raw);
  return Number.isNaN(time) ? { state: 'first' } : { state: 'returning', time };
}

/** The previous visit (read before this one is recorded), or 'pending' until mounted. */
export function useLastVisit(): LastVisit {
  const [lastVisit, setLastVisit] = useState<LastVisit>({ state: 'pending' });
  useEffect(() => {
    let previous: string | null = null;
    try {
      previous = window.localStorage.getItem(LAST_VISIT_KEY);
      window.localStorage.setItem(LAST_VISIT_KEY, new Date().toISOString());
    } catch {
      // Storage blocked: every visit counts as a first one.
    }
    setLastVisit(parseLastVisit(previous));
  }, []);
  return lastVisit;
}

export function isChangedSince(date: string, lastVisit: LastVisit): boolean {
  return lastVisit.state === 'returning' && Date.parse(date) > lastVisit.time;
}
