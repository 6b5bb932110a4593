import type { IndexManifest, PageHit, SearchRequest, SearchResponse, SectionHit, SectionRecord } from '../types.ts';
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

/** Pages an early answer has at least (answerEarly): one page alone looks like the only match. */
const EARLY_ANSWER_PAGES = 2;

/** Thrown when a newer query made this one pointless; the worker drops it silently. */
export class StaleQuery extends Error {}

/**
 * One turn of the event loop, then StaleQuery if a newer query came in. The
 * worker reads the keys typed meanwhile only between tasks: without the turn,
 * a query overtaken while its shards were on their way would score, rank and
 * ask for snippets before it learns it is stale, and the newest query would
 * wait behind that work and those requests (design/search-first-result.md).
 */
async function stopIfOvertaken(isStale: () => boolean): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (isStale()) throw new StaleQuery();
}

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
async function scoreWordOnce(
  reader: IndexReader,
  word: QueryWord,
  sectionCount: number,
  isStale: () => boolean,
): Promise<ScoredWord> {
  let recent = recentWords.get(reader);
  if (!recent) {
    recent = new RecentCache(RECENT_WORDS);
    recentWords.set(reader, recent);
  }
  const key = wordKey(word);
  const known = recent.get(key);
  if (known) return known;
  const resolved = await resolveWord(reader, word);
  await stopIfOvertaken(isStale);
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

/** Each page's score multiplier (manifest.pageBoosts) as an array, built once per manifest. */
const boostArrays = new WeakMap<IndexManifest, Float64Array>();

function pageBoostsOf(manifest: IndexManifest): Float64Array {
  let boosts = boostArrays.get(manifest);
  if (!boosts) {
    boosts = new Float64Array(manifest.pageCount).fill(1);
    for (const [page, boost] of Object.entries(manifest.pageBoosts)) boosts[Number(page)] = boost;
    boostArrays.set(manifest, boosts);
  }
  return boosts;
}

/**
 * Groups `sections` (those that match the most clauses, each scored in
 * `totals`) by page: a page scores its best section's score times its
 * boost. Counts the matching pages (all,
 * and per label before the filter) and returns the best `limit` pages that
 * pass the filter, ranked by score then page number, each with its scored
 * sections. Per-page figures live in typed arrays and only the returned
 * pages get objects: a common word touches half the sections of 2,000 long
 * pages, and this loop runs cold (unoptimized) on a reader's first query,
 * so each section costs a few array reads and nothing more.
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
  const boosts = pageBoostsOf(manifest);
  const pageOf = reader.sectionPageTable();
  const pageSeen = new Uint8Array(manifest.pageCount);
  const matched: number[] = [];
  for (const section of sections) {
    const page = pageOf[section] ?? -1;
    if (pageSeen[page] === 0) {
      pageSeen[page] = 1;
      matched.push(page);
    }
    const score = (totals[section] ?? 0) * (boosts[page] ?? 1);
    if (score > (pageScores[page] ?? 0)) pageScores[page] = score;
  }

  const labelCounts: Record<string, number> = {};
  const wanted: number[] = [];
  for (const page of matched) {
    const label = labelOf(manifest, page);
    labelCounts[label] = (labelCounts[label] ?? 0) + 1;
    if (isWanted(page)) wanted.push(page);
  }

  // Sections of a page are contiguous: the top pages' sections are read
  // from their own ranges, not found by walking every matching section again.
  const inSections = new Uint8Array(totals.length);
  for (const section of sections) inSections[section] = 1;
  const top = bestPages(wanted, pageScores, limit).map((page): RankedPage => {
    const scored: Array<[number, number]> = [];
    for (let section = reader.firstSectionOf(page); pageOf[section] === page; section++) {
      if (inSections[section] === 1) scored.push([section, (totals[section] ?? 0) * (boosts[page] ?? 1)]);
    }
    return { page, score: pageScores[page] ?? 0, sections: scored };
  });
  return { total: wanted.length, labelCounts, top };
}

/**
 * The best `limit` of `pages` by score, then page number, best first. One
 * pass keeps the best so far in order: a short prefix at 10,000 pages
 * matches thousands of pages, and sorting them all to show eight took about
 * a third of the engine's time per key (design/search-engine-per-key.md).
 */
function bestPages(pages: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  const better = (a: number, b: number) => {
    const difference = (scores[a] ?? 0) - (scores[b] ?? 0);
    return difference > 0 || (difference === 0 && a < b);
  };
  for (const page of pages) {
    const last = best[limit - 1];
    if (last !== undefined && !better(page, last)) continue;
    let at = last === undefined ? best.length : limit - 1;
    for (let above = best[at - 1]; at > 0 && above !== undefined && better(page, above); above = best[at - 1]) {
      best[at] = above;
      at--;
    }
    best[at] = page;
  }
  return best;
}

/**
 * Runs a query against the index: resolve words (exact, prefix, typo),
 * score sections with BM25F, keep those matching every clause (AND; when no
 * section has them all, those with the most), group by page, then fetch the
 * metadata of the top pages only and cut snippets. `onEarlyAnswer` gets an
 * answer before the snippets still being fetched: every page, by title for
 * those whose snippets are on their way (hitsInMemory), or, before the packs
 * brought the titles, the best pages whose snippets are in (answerEarly).
 */
export async function search(
  reader: IndexReader,
  request: SearchRequest,
  isStale: () => boolean = () => false,
  onEarlyAnswer?: (response: SearchResponse) => void,
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
      fresh.map(async (word) => [wordKey(word), await scoreWordOnce(reader, word, sectionCount, isStale)] as const),
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

  await stopIfOvertaken(isStale);
  const matcher: WordMatcher = {
    terms: new Set([...resolved.values()].flatMap((value) => [...value.terms.keys()])),
    prefixes: [...uniqueWords.values()].filter((word) => word.prefix).map((word) => word.raw),
  };
  const corrections = new Map([
    ...[...uniqueWords].flatMap(([key, word]) => {
      const correction = resolved.get(key)?.correction;
      return correction ? [[word.raw, correction] as const] : [];
    }),
    ...splits,
  ]);
  const didYouMean =
    corrections.size > 0 ? compiled.words.map((word) => corrections.get(word.raw) ?? word.raw).join(' ') : null;
  const answer = (hits: ReadonlyArray<PageHit | null>): SearchResponse => ({
    ...empty,
    total,
    hits: hits.filter((hit): hit is PageHit => hit !== null),
    didYouMean,
    partial,
    labelCounts,
  });

  const pending = top.map((page) => toHit(reader, page, matcher));
  if (onEarlyAnswer) {
    // Every page listed now, those whose snippets are on their way by title
    // (design/search-titles-first.md); without their titles, the best pages
    // once their snippets are in.
    const listed = hitsInMemory(reader, manifest, top, matcher);
    if (listed) onEarlyAnswer(answer(listed));
    else await answerEarly(pending, (hits) => onEarlyAnswer(answer(hits)), isStale);
  }
  const hits = await Promise.all(pending);
  if (isStale()) throw new StaleQuery();
  return answer(hits);
}

/**
 * Gives the best pages before the rest when their snippets come first. Each
 * page shown costs a request for its section chunk when it is not in memory
 * yet (a reader's first query, before the packs), and a browser opens at
 * most six connections to a host over HTTP/1.1: the dialog's eight pages
 * then arrive in two rounds, and on a loaded machine the first round alone
 * can take longer than the whole search. Once the best page is in, the pages
 * in rank order up to the first one still on its way are answered early, if
 * there are at least EARLY_ANSWER_PAGES of them; the full answer follows and
 * only adds pages after them (design/search-first-result.md).
 */
async function answerEarly(
  pending: ReadonlyArray<Promise<PageHit | null>>,
  send: (hits: Array<PageHit | null>) => void,
  isStale: () => boolean,
): Promise<void> {
  const [best] = pending;
  if (!best || pending.length < 2) return;
  const settled: Array<{ hit: PageHit | null } | undefined> = pending.map(() => undefined);
  pending.forEach((hit, rank) => {
    hit.then(
      (value) => (settled[rank] = { hit: value }),
      () => undefined,
    );
  });
  // A failed request fails the full answer below, not this one.
  if (
    !(await best.then(
      () => true,
      () => false,
    ))
  )
    return;
  if (settled.every((entry) => entry !== undefined)) return;
  // Records that came in at the same moment as the best page's.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (isStale()) throw new StaleQuery();
  const ready = settled.findIndex((entry) => entry === undefined);
  if (ready === -1 || ready < EARLY_ANSWER_PAGES) return;
  send(settled.slice(0, ready).map((entry) => entry?.hit ?? null));
}

/** The page's best sections, best first (at most SECTIONS_PER_PAGE). */
function bestSections(page: RankedPage): Array<[number, number]> {
  return [...page.sections].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SECTIONS_PER_PAGE);
}

async function toHit(reader: IndexReader, page: RankedPage, matcher: WordMatcher): Promise<PageHit | null> {
  const records = await Promise.all(bestSections(page).map(([section]) => reader.section(section)));
  return hitOf(records, page, matcher, await reader.manifest());
}

function hitOf(
  records: ReadonlyArray<SectionRecord | undefined>,
  page: RankedPage,
  matcher: WordMatcher,
  manifest: IndexManifest,
): PageHit | null {
  const sections: SectionHit[] = [];
  let first: SectionRecord | undefined;
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

/**
 * The answer's pages from what is in memory, without waiting: a page whose
 * section chunk has arrived in full, one whose chunk is still on its way by
 * its title from the page rows, with no sections. Undefined when a page has
 * neither (the packs have not brought its row), or when every page is
 * complete, so the full answer follows at once anyway.
 */
function hitsInMemory(
  reader: IndexReader,
  manifest: IndexManifest,
  top: readonly RankedPage[],
  matcher: WordMatcher,
): Array<PageHit | null> | undefined {
  let waiting = false;
  const hits: Array<PageHit | null> = [];
  for (const page of top) {
    const records = bestSections(page).map(([section]) => reader.sectionInMemory(section));
    if (records.every((record) => record !== null)) {
      hits.push(hitOf(records, page, matcher, manifest));
      continue;
    }
    const row = reader.pageRow(page.page);
    if (!row) return undefined;
    waiting = true;
    const [pageUrl, pageTitle] = row;
    hits.push({
      pageUrl,
      pageTitle,
      pageTitleHighlights: findHighlights(pageTitle, matcher),
      label: labelOf(manifest, page.page),
      score: page.score,
      sections: [],
    });
  }
  return waiting ? hits : undefined;
}
