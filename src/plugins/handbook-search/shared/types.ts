// The shapes of the index files (written by server/, read by the engine) and
// of the answers the search worker sends back to the UI.

export const INDEX_FORMAT_VERSION = 3;

/** search-index/manifest.json: small, fetched first, revalidated on every visit. */
export type IndexManifest = {
  formatVersion: number;
  /** Content hash of the whole index; the other files live under search-index/<version>/. */
  version: string;
  /** Number of sections (the BM25 N). */
  sectionCount: number;
  pageCount: number;
  averageFieldLength: Record<'title' | 'heading' | 'body' | 'label', number>;
  /** Section labels ("Culture", "Blog"...); pages refer to them by index. */
  labels: string[];
  /** Term prefix of each shard, by shard number: a term lives in the shard with the longest prefix it starts with. */
  shardPrefixes: string[];
  /** First section id of each page, delta-encoded (sections of a page are contiguous). */
  pageStartDeltas: number[];
  /** Label index of each page. */
  pageLabels: number[];
  /** First section id of each section-metadata chunk, ascending. */
  chunkStarts: number[];
  /**
   * Score multipliers of pages that should not outrank the page a reader is
   * after, by page number: the glossary repeats every term in a few dense
   * words, but the page that explains the term is the better answer.
   */
  pageBoosts: Record<number, number>;
  /** Groups of names that mean the same thing (from the glossary), e.g. ["PMC", "performance monitoring counter"]. */
  synonyms: string[][];
  /** Number of pack files (see IndexPack): on a large index, only those the browser can reach (client/preload.ts). */
  packCount: number;
  /** Gzip bytes of each pack, by pack number: the browser prefetches packs in order until its allowance is spent. */
  packBytes: number[];
};

/**
 * search-index/<version>/shard-<n>.json. `terms` maps a stem to
 * [df, ...postings], each posting three numbers: section id (delta from the
 * previous posting), field mask (see FIELD) and the BM25F field-weighted,
 * length-normalized term frequency ×100. `forms` maps unstemmed words that
 * differ from their stem ("microservices") to the stem, for prefix matching.
 */
export type IndexShard = {
  terms: Record<string, number[]>;
  forms: Record<string, string>;
};

/** One section in a metadata chunk: [url, anchor, page title, heading, label index, excerpt]. */
export type SectionRecord = [string, string, string, string, number, string];

/** search-index/<version>/sections-<n>.json */
export type SectionChunk = SectionRecord[];

/**
 * search-index/<version>/pages-<n>.json: the URL and title of PAGE_ROWS
 * pages from page number n × PAGE_ROWS on, so an answer can list a page
 * before its section chunk (its snippets) is in. The browser gets them
 * with the first packs; no query asks for one.
 */
export type PageRows = Array<[url: string, title: string]>;

/** Pages per pages-<n>.json: about 70 KB of JSON, parsed between two keys without holding either up. */
export const PAGE_ROWS = 1_000;

/** search-index/<version>/vocabulary.json: [stem, df, most common unstemmed form if it differs]. */
export type Vocabulary = Array<[string, number] | [string, number, string]>;

/**
 * search-index/<version>/pack-<n>.json: the shards, section chunks,
 * vocabulary and page rows again, grouped into larger files that the
 * browser fetches in the background once a reader has had a first answer,
 * so that later keystrokes find what they need in memory
 * (client/preload.ts). Packs come likeliest-needed first (vocabulary, page
 * rows, shards of the commonest words, then section chunks) and the browser
 * stops at a byte allowance; the build makes none past what that allowance
 * can reach (PACKS_REACHABLE_BYTES). Each entry is a file's kind, its number
 * and its content.
 */
export type IndexPack = Array<
  | ['shard', number, IndexShard]
  | ['sections', number, SectionChunk]
  | ['vocabulary', 0, Vocabulary]
  | ['pages', number, PageRows]
>;

/** Character ranges [start, end) to highlight. */
export type Highlights = Array<[number, number]>;

export type Snippet = { text: string; highlights: Highlights; cutBefore: boolean; cutAfter: boolean };

export type SectionHit = {
  heading: string;
  headingHighlights: Highlights;
  /** Page URL plus #anchor (no anchor for the page's introduction). */
  url: string;
  snippet: Snippet;
};

export type PageHit = {
  pageUrl: string;
  pageTitle: string;
  pageTitleHighlights: Highlights;
  label: string;
  score: number;
  /**
   * Best-matching section first. Empty in an early answer when the page's
   * section chunk is still on its way (its title came with the packs): the
   * answer that follows has them.
   */
  sections: SectionHit[];
};

export type SearchRequest = {
  query: string;
  /** Pages to return with their sections and snippets. */
  limit: number;
  /** Only pages with one of these labels; empty means all. */
  labels?: readonly string[];
};

export type SearchResponse = {
  /** The query as searched (trimmed and cut to the maximum length). */
  query: string;
  /** Number of matching pages (all of them, not just the returned ones). */
  total: number;
  hits: PageHit[];
  /** The query with misspelled words corrected, when a correction was used. */
  didYouMean: string | null;
  /** True when no page has every word and the hits are pages with most of them. */
  partial: boolean;
  /** Pages per label among all matches, before the label filter. */
  labelCounts: Record<string, number>;
};
