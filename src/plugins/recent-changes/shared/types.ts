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

/** A feed of the changes to one section's or one owner's pages (server/watch-feeds.ts). */
export type WatchFeed = {
  kind: 'section' | 'owner';
  /** The section's folder under docs/, or the owner's id. */
  id: string;
  /** The section's label or the owner's name. */
  label: string;
  /** A section's index page, without the baseUrl; null for an owner. */
  indexPath: string | null;
  /** The feed's file in the build, without the baseUrl, e.g. recent-changes/sections/culture.xml. */
  path: string;
};

/** A feed as the pages link to it: its label and its URL, baseUrl included. */
export type FeedLink = Pick<WatchFeed, 'kind' | 'label'> & { href: string };

export type RecentChanges =
  | { available: true; changes: PageChange[]; feedPath: string; watchFeeds: FeedLink[] }
  | { available: false; reason: string; changes: []; feedPath: string; watchFeeds: FeedLink[] };

/** Section index page (permalink, baseUrl included) → its feed: what `@handbook/section-feeds` holds. */
export type SectionFeeds = Record<string, { label: string; href: string }>;
