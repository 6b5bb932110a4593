// The history file of one page (page-history/<page path>.json in the built
// site), written at build time and read only by the history view.

export const PLUGIN_NAME = 'page-history';
/** The route of the history view; the page is named in its query: /history?page=/docs/culture/freedom */
export const HISTORY_ROUTE = 'history';
/** Folder of the built site that holds one history file per page. */
const HISTORY_DATA_DIR = 'page-history';

/**
 * A text as a change to an earlier one: a positive number copies that many
 * characters of the base, a negative one skips that many, a string is
 * inserted. Built from a word diff, so it is also the diff itself.
 */
export type TextOps = (number | string)[];

export type EncodedText = {
  /** Index of the text this one is written against (an older one), or -1 for none. */
  base: number;
  ops: TextOps;
};

export type HistoryRevision = {
  /** Full commit id. */
  commit: string;
  /** Author date, ISO 8601 UTC. */
  date: string;
  author: string;
  subject: string;
  /** Index in `texts` of the page's text after the commit. */
  text: number;
  /** Index in `texts` of the text before it, or -1 when the commit created the page. */
  before: number;
  /** The file the commit renamed the page from. */
  renamedFrom?: string;
};

export type PageHistoryFile = {
  title: string;
  /** The page's URL, baseUrl included. */
  url: string;
  /** The page's file, relative to the repository's site folder. */
  file: string;
  /** Prefix of a commit's web page: append the full commit id. */
  commitUrl: string;
  /** Newest first. */
  revisions: HistoryRevision[];
  /** Every distinct text the page had, each written against an older one. */
  texts: EncodedText[];
};

export type PageHistoryGlobalData = {
  /** The history view's path, or null when this build has no history (see the build log for why). */
  historyPath: string | null;
};

/** The data file of a page, relative to the site root, for its URL without the baseUrl. */
export function historyDataPath(pathWithoutBaseUrl: string): string {
  const key = pathWithoutBaseUrl.replace(/^\/+|\/+$/g, '') || 'index';
  return `${HISTORY_DATA_DIR}/${key}.json`;
}
