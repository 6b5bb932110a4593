// The data the recent-changes plugin hands to the browser. Shared by the server
// half (which builds it) and the theme components (which read it).

/** Global data: where the recent-changes page lives (baseUrl included), for the link under each doc. */
export type RecentChangesGlobalData = { recentChangesPath: string };

export type PageChange = {
  title: string;
  url: string;
  /** ISO 8601 time of the change. */
  date: string;
  /** The commit's summary line, or a note that the change is not committed yet. */
  summary: string;
  /** Abbreviated commit hash; null for changes still in the working tree. */
  commit: string | null;
};

export type RecentChanges =
  | { available: true; changes: PageChange[]; feedPath: string }
  | { available: false; reason: string; changes: []; feedPath: string };
