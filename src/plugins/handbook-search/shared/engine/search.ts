import type { IndexManifest, PageHit, SearchRequest, SearchResponse, SectionHit } from '../types.ts';
import { compileQuery, type Clause, type CompiledQuery, type QueryWord } from './compile-query.ts';
import type { WordMatcher } from './find-highlights.ts';
import { findHighlights } from './find-highlights.ts';
import type { IndexReader } from './index-reader.ts';
import { makeSnippet } from './make-snippet.ts';
import { RecentCache } from './recent-cache.ts';
import { resolveWord, splitRunTogether, type ResolvedWord } from './resolve-word.ts';
import { inverseDocumentFrequency, saturate } from './score-term.ts';

/** Sections shown per page: the best one plus a couple more for the search page. */
const SECTIONS_PER_PAGE = 3;

/** Thrown when a newer query made this one pointless; the worker drops it silently. */
export class StaleQuery extends Error {}

/**
 * Scores by section id in a flat array, plus the ids that have a score:
 * with thousands of sections per common word, typed arrays keep a keystroke
 * within a few milliseconds where Maps took tens.
 */
type SectionScores = { scores: Float64Array; sections: number[] };

function wordKey(word: QueryWord): string {
  return `${word.closedUp ? '+' : ''}${word.prefix ? '>' : '='}${word.raw}|${word.stem}`;
}

type DecodedPostings = { sections: Int32Array; frequencies: Float32Array };
const decodedCache = new WeakMap<number[], DecodedPostings>();

/** Postings decoded once per term and kept while the shard is in memory. */
function decode(postings: number[]): DecodedPostings {
  let decoded = decodedCache.get(postings);
  if (!decoded) {
    const count = Math.floor((postings.length - 1) / 3);
    decoded = { sections: new Int32Array(count), frequencies: new Float32Array(count) };
    let section = 0;
    for (let index = 0; index < count; index++) {
      section += postings[1 + index * 3] ?? 0;
      decoded.sections[index] = section;
      decoded.frequencies[index] = (postings[3 + index * 3] ?? 0) / 100;
    }
    decodedCache.set(postings, decoded);
  }
  return decoded;
}

function scoreWord(resolved: ResolvedWord, sectionCount: number): SectionScores {
  const result: SectionScores = { scores: new Float64Array(sectionCount), sections: [] };
  for (const { weight, postings } of resolved.terms.values()) {
    const { sections, frequencies } = decode(postings);
    const idf = inverseDocumentFrequency(postings[0] ?? 1, sectionCount);
    for (let index = 0; index < sections.length; index++) {
      const section = sections[index] ?? 0;
      const score = weight * idf * saturate(frequencies[index] ?? 0);
      const previous = result.scores[section] ?? 0;
      if (previous === 0) result.sections.push(section);
      if (score > previous) result.scores[section] = score;
    }
  }
  return result;
}

type ScoredWord = { resolved: ResolvedWord; scores: SectionScores };

/** Words scored lately, per index; each entry holds a score per section (8 × 80 KB at 10,000 sections). */
const RECENT_WORDS = 8;
const recentWords = new WeakMap<IndexReader, RecentCache<string, ScoredWord>>();

/**
 * A query word's index terms and section scores, computed once while the
 * word stays in recent use: every key typed after "capacity " asks for
 * "capacity" again. Both depend only on the index, which the reader fixes.
 */
async function scoreWordOnce(reader: IndexReader, word: QueryWord, sectionCount: number): Promise<ScoredWord> {
  let recent = recentWords.get(reader);
  if (!recent) {
    recent = new RecentCache(RECENT_WORDS);
    recentWords.set(reader, recent);
  }
  const key = wordKey(word);
  const known = recent.get(key);
  if (known) return known;
  const resolved = await resolveWord(reader, word);
  const scored = { resolved, scores: scoreWord(resolved, sectionCount) };
  recent.set(key, scored);
  return scored;
}

/** The scores `lists` give `section`, added in order, or 0 when one of them gives it none. */
function sumIfAll(lists: readonly SectionScores[], section: number): number {
  let total = 0;
  for (const list of lists) {
    const score = list.scores[section] ?? 0;
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/**
 * Sections matching every word of one alternative, scored by the sum; the
 * best alternative wins. A clause of one word and no synonyms scores as
 * that word: its own scores are returned (read-only, they are cached).
 */
function scoreClause(
  clause: Clause,
  wordScores: ReadonlyMap<string, SectionScores>,
  sectionCount: number,
): SectionScores {
  const [only, ...more] = clause.alternatives;
  if (only && more.length === 0 && only.weight === 1 && only.words.length === 1 && only.words[0]) {
    return wordScores.get(wordKey(only.words[0])) ?? { scores: new Float64Array(sectionCount), sections: [] };
  }
  const result: SectionScores = { scores: new Float64Array(sectionCount), sections: [] };
  for (const alternative of clause.alternatives) {
    const perWord = alternative.words.map(
      (word) => wordScores.get(wordKey(word)) ?? { scores: new Float64Array(sectionCount), sections: [] },
    );
    const bySize = [...perWord].sort((a, b) => a.sections.length - b.sections.length);
    for (const section of bySize[0]?.sections ?? []) {
      const weighted = sumIfAll(bySize, section) * alternative.weight;
      if (weighted === 0) continue;
      const previous = result.scores[section] ?? 0;
      if (previous === 0) result.sections.push(section);
      if (weighted > previous) result.scores[section] = weighted;
    }
  }
  return result;
}

/**
 * The query's clauses with each compound the index has joined in: the
 * clauses of its parts become one, matched by the parts together or by the
 * compound ("on call" also finds "on-call", "front end" finds "frontend").
 * A part already joined into an earlier compound stays there.
 */
function withCompounds(compiled: CompiledQuery, wordScores: ReadonlyMap<string, SectionScores>): Clause[] {
  const clauses: Array<Clause | null> = [...compiled.clauses];
  for (const { word, clauses: parts } of compiled.compounds) {
    const [first, ...rest] = parts;
    if (first === undefined || (wordScores.get(wordKey(word))?.sections.length ?? 0) === 0) continue;
    if (parts.some((index) => clauses[index] !== compiled.clauses[index])) continue;
    const typed = parts.flatMap((index) => compiled.clauses[index]?.alternatives[0]?.words ?? []);
    clauses[first] = {
      alternatives: [
        { words: typed, weight: 1 },
        { words: [word], weight: 1 },
      ],
    };
    for (const index of rest) clauses[index] = null;
  }
  return clauses.filter((clause): clause is Clause => clause !== null);
}

/**
 * The sections that match every clause, each scored by the sum of its
 * clause scores (added in clause order). When no section matches them all,
 * those that match the most clauses, and `partial` is true. A query of one
 * clause is that clause; one of several looks for the sections all share
 * by walking the clause with the fewest, and counts every section of every
 * clause only when they share none ("capacity pla" walks the sections of
 * "capacity", not the thousands that "pla…" touches).
 */
function combineClauses(
  clauses: readonly SectionScores[],
  sectionCount: number,
): { sections: readonly number[]; totals: Float64Array; partial: boolean } {
  const [first, ...rest] = clauses;
  if (!first) return { sections: [], totals: new Float64Array(0), partial: false };
  if (rest.length === 0) return { sections: first.sections, totals: first.scores, partial: false };
  const fewest = clauses.reduce((best, clause) => (clause.sections.length < best.sections.length ? clause : best));
  const totals = new Float64Array(sectionCount);
  const shared: number[] = [];
  for (const section of fewest.sections) {
    const total = sumIfAll(clauses, section);
    if (total === 0) continue;
    shared.push(section);
    totals[section] = total;
  }
  if (shared.length > 0) return { sections: shared, totals, partial: false };

  const covered = new Uint8Array(sectionCount);
  const touched: number[] = [];
  for (const clause of clauses) {
    for (const section of clause.sections) {
      if (covered[section] === 0) touched.push(section);
      covered[section] = (covered[section] ?? 0) + 1;
      totals[section] = (totals[section] ?? 0) + (clause.scores[section] ?? 0);
    }
  }
  let maxCovered = 0;
  for (const section of touched) maxCovered = Math.max(maxCovered, covered[section] ?? 0);
  return {
    sections: touched.filter((section) => covered[section] === maxCovered),
    totals,
    partial: maxCovered > 0 && maxCovered < clauses.length,
  };
}

type RankedPage = { page: number; score: number; sections: Array<[number, number]> };

function labelOf(manifest: IndexManifest, page: number): string {
  return manifest.labels[manifest.pageLabels[page] ?? -1] ?? '';
}

/**
 * Groups `sections` (those that match the most clauses, each scored in
 * `totals`) by page: a page scores its best section's score times its
 * boost. Counts the matching pages (all,
 * and per label before the filter) and returns the best `limit` pages that
 * pass the filter, ranked by score then page number, each with its scored
 * sections. Per-page figures live in typed arrays and only the returned
 * pages get objects: a prefix like "cap" touches thousands of sections at
 * 2,000 pages, and a Map of page objects per query was a visible share of
 * a keystroke's time in the worker.
 */
function rankPages(
  reader: IndexReader,
  manifest: IndexManifest,
  sections: readonly number[],
  totals: Float64Array,
  isWanted: (page: number) => boolean,
  limit: number,
): { total: number; labelCounts: Record<string, number>; top: RankedPage[] } {
  const pageScores = new Float64Array(manifest.pageCount);
  const pageSeen = new Uint8Array(manifest.pageCount);
  const matched: number[] = [];
  const sectionScore = (section: number, page: number) => (totals[section] ?? 0) * (manifest.pageBoosts[page] ?? 1);
  for (const section of sections) {
    const page = reader.pageOf(section);
    if (pageSeen[page] === 0) {
      pageSeen[page] = 1;
      matched.push(page);
    }
    pageScores[page] = Math.max(pageScores[page] ?? 0, sectionScore(section, page));
  }

  const labelCounts: Record<string, number> = {};
  for (const page of matched) {
    const label = labelOf(manifest, page);
    labelCounts[label] = (labelCounts[label] ?? 0) + 1;
  }
  const ranked = matched.filter(isWanted).sort((a, b) => (pageScores[b] ?? 0) - (pageScores[a] ?? 0) || a - b);

  const top = new Map<number, RankedPage>(
    ranked.slice(0, limit).map((page) => [page, { page, score: pageScores[page] ?? 0, sections: [] }]),
  );
  for (const section of sections) {
    const page = reader.pageOf(section);
    top.get(page)?.sections.push([section, sectionScore(section, page)]);
  }
  return { total: ranked.length, labelCounts, top: [...top.values()] };
}

/**
 * Runs a query against the index: resolve words (exact, prefix, typo),
 * score sections with BM25F, keep those matching every clause (AND; when no
 * section has them all, those with the most), group by page, then fetch the
 * metadata of the top pages only and cut snippets.
 */
export async function search(
  reader: IndexReader,
  request: SearchRequest,
  isStale: () => boolean = () => false,
): Promise<SearchResponse> {
  const manifest = await reader.manifest();
  // Keys typed while the manifest loads queue up behind it: only the newest
  // query goes on to fetch shards, not every prefix typed on the way.
  if (isStale()) throw new StaleQuery();
  const compiled = compileQuery(request.query, reader.synonymGroups());
  const empty: SearchResponse = {
    query: compiled.text,
    total: 0,
    hits: [],
    didYouMean: null,
    partial: false,
    labelCounts: {},
  };
  if (compiled.clauses.length === 0) return empty;

  const { sectionCount } = manifest;
  const uniqueWords = new Map<string, QueryWord>();
  const resolved = new Map<string, ResolvedWord>();
  const wordScores = new Map<string, SectionScores>();
  const scoreWords = async (words: readonly QueryWord[]) => {
    const fresh = words.filter((word) => !uniqueWords.has(wordKey(word)));
    for (const word of fresh) uniqueWords.set(wordKey(word), word);
    const scoredList = await Promise.all(
      fresh.map(async (word) => [wordKey(word), await scoreWordOnce(reader, word, sectionCount)] as const),
    );
    if (isStale()) throw new StaleQuery();
    for (const [key, scored] of scoredList) {
      resolved.set(key, scored.resolved);
      wordScores.set(key, scored.scores);
    }
  };
  await scoreWords([
    ...compiled.clauses.flatMap((clause) => clause.alternatives.flatMap((alternative) => alternative.words)),
    ...compiled.compounds.map((compound) => compound.word),
  ]);

  const clauses = withCompounds(compiled, wordScores);
  // A word no page has may be two words run together ("frontend"): it is
  // searched as the two, and "did you mean" shows them apart.
  const splits = new Map<string, string>();
  for (const [index, clause] of clauses.entries()) {
    const only = clause.alternatives.length === 1 ? clause.alternatives[0] : undefined;
    const word = only?.words.length === 1 ? only.words[0] : undefined;
    if (!word || (wordScores.get(wordKey(word))?.sections.length ?? 0) > 0) continue;
    const parts = await splitRunTogether(reader, word);
    if (isStale()) throw new StaleQuery();
    if (!parts) continue;
    await scoreWords(parts);
    clauses[index] = { alternatives: [{ words: parts, weight: 1 }] };
    splits.set(word.raw, parts.map((part) => part.raw).join(' '));
  }

  const combined = combineClauses(
    clauses.map((clause) => scoreClause(clause, wordScores, sectionCount)),
    sectionCount,
  );
  const { partial } = combined;

  const wanted = new Set(request.labels ?? []);
  const { total, labelCounts, top } = rankPages(
    reader,
    manifest,
    combined.sections,
    combined.totals,
    (page) => wanted.size === 0 || wanted.has(labelOf(manifest, page)),
    Math.max(0, request.limit),
  );

  const matcher: WordMatcher = {
    terms: new Set([...resolved.values()].flatMap((value) => [...value.terms.keys()])),
    prefixes: [...uniqueWords.values()].filter((word) => word.prefix).map((word) => word.raw),
  };
  const hits = await Promise.all(top.map((page) => toHit(reader, page, matcher)));
  if (isStale()) throw new StaleQuery();

  const corrections = new Map([
    ...[...uniqueWords].flatMap(([key, word]) => {
      const correction = resolved.get(key)?.correction;
      return correction ? [[word.raw, correction] as const] : [];
    }),
    ...splits,
  ]);
  const didYouMean =
    corrections.size > 0 ? compiled.words.map((word) => corrections.get(word.raw) ?? word.raw).join(' ') : null;

  return {
    ...empty,
    total,
    hits: hits.filter((hit): hit is PageHit => hit !== null),
    didYouMean,
    partial,
    labelCounts,
  };
}

async function toHit(reader: IndexReader, page: RankedPage, matcher: WordMatcher): Promise<PageHit | null> {
  const best = page.sections.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SECTIONS_PER_PAGE);
  const records = await Promise.all(best.map(([section]) => reader.section(section)));
  const manifest = await reader.manifest();
  const sections: SectionHit[] = [];
  let first: (typeof records)[number];
  for (const record of records) {
    if (!record) continue;
    first ??= record;
    const [url, anchor, , heading, , excerpt] = record;
    sections.push({
      heading,
      headingHighlights: findHighlights(heading, matcher),
      url: anchor ? `${url}#${anchor}` : url,
      snippet: makeSnippet(excerpt, matcher),
    });
  }
  if (!first) return null;
  const [pageUrl, , pageTitle, , labelIndex] = first;
  return {
    pageUrl,
    pageTitle,
    pageTitleHighlights: findHighlights(pageTitle, matcher),
    label: manifest.labels[labelIndex] ?? '',
    score: page.score,
    sections,
  };
}
