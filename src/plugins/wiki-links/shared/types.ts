// The data the wiki-links plugin hands to the browser. Shared by the server
// half (which builds it) and the theme components (which read it).

/** A page that links to others, named once and referred to by its index. */
export type LinkingPage = { title: string; url: string; kind: 'doc' | 'blog' };

/**
 * Global data: small enough for every page's first load (about 3 KB for the
 * whole handbook), because doc routes belong to the docs plugin and cannot
 * carry our per-route modules.
 */
export type WikiLinksGlobalData = {
  /** Every page that links to at least one doc. */
  linkingPages: LinkingPage[];
  /** Doc permalink -> indexes into linkingPages, in title order. */
  backlinks: Record<string, number[]>;
  /** Doc permalink -> minutes a reader needs for the page, rounded up. */
  readingMinutes: Record<string, number>;
  /** Where the recent-changes page lives (baseUrl included). */
  recentChangesPath: string;
};

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
