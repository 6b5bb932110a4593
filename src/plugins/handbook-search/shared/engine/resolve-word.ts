import { shardForTerm, shardsForPrefix } from '../shards-for-term.ts';
import { stemWord } from '../stem.ts';
import type { IndexShard, Vocabulary } from '../types.ts';
import { isWithinOneEdit } from '../within-one-edit.ts';
import type { QueryWord } from './compile-query.ts';
import type { IndexReader } from './index-reader.ts';

/** Prefix expansions kept per word, most frequent first: enough for "micro", bounded for "pro". */
const MAX_PREFIX_EXPANSIONS = 30;
/** Typo correction is only tried on words this long: shorter words have too many neighbours. */
const MIN_TYPO_LENGTH = 5;
const PREFIX_WEIGHT = 0.85;
const TYPO_WEIGHT = 0.7;

/** The index terms a query word stands for, each with the weight its matches get. */
export type ResolvedWord = {
  terms: Map<string, { weight: number; postings: number[] }>;
  /** The spelling used instead of the typed word, when the word was not in the index. */
  correction: string | null;
};

function addTerm(resolved: ResolvedWord, shard: IndexShard, term: string, weight: number) {
  const postings = shard.terms[term];
  const existing = resolved.terms.get(term);
  if (postings && (!existing || existing.weight < weight)) resolved.terms.set(term, { weight, postings });
}

/**
 * Looks a query word up: the exact stem, then (for the word being typed)
 * every term starting with it, and only when neither exists one-typo
 * neighbours from the vocabulary, which is fetched for that case alone.
 */
export async function resolveWord(reader: IndexReader, word: QueryWord): Promise<ResolvedWord> {
  const manifest = await reader.manifest();
  const resolved: ResolvedWord = { terms: new Map(), correction: null };
  const exactShard = shardForTerm(manifest.shardPrefixes, word.stem);
  if (exactShard >= 0) addTerm(resolved, await reader.shard(exactShard), word.stem, 1);

  if (word.prefix) {
    // Completions of what was typed, not of its stem: the stem of a whole
    // word ("trelvexiums" → "trelvexium") would otherwise complete to other
    // words ("trelvexiumi") that can outrank the exact match (bench needle, 2,000 pages).
    const shardNumbers = new Set(shardsForPrefix(manifest.shardPrefixes, word.raw));
    const shards = await Promise.all([...shardNumbers].map((number) => reader.shard(number)));
    const candidates = new Set<string>();
    for (const shard of shards) {
      for (const term of Object.keys(shard.terms)) {
        if (term.startsWith(word.raw)) candidates.add(term);
      }
      for (const [form, stem] of Object.entries(shard.forms)) {
        if (form.startsWith(word.raw)) candidates.add(stem);
      }
    }
    candidates.delete(word.stem);
    const withShards = await Promise.all(
      [...candidates].map(async (term) => {
        const number = shardForTerm(manifest.shardPrefixes, term);
        return { term, shard: number >= 0 ? await reader.shard(number) : undefined };
      }),
    );
    const expansions = withShards
      .filter((entry): entry is { term: string; shard: IndexShard } => entry.shard?.terms[entry.term] !== undefined)
      .map((entry) => ({ ...entry, df: entry.shard.terms[entry.term]?.[0] ?? 0 }))
      // Ties in code-unit order: localeCompare's first call in a worker sets
      // up the browser's collation data, ~20 ms on the key that makes it.
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, MAX_PREFIX_EXPANSIONS);
    // The more common completion is the likelier one ("micro" → microservices
    // before Microsystems), so it keeps more of the prefix weight.
    const commonest = expansions[0]?.df ?? 1;
    for (const entry of expansions) {
      addTerm(resolved, entry.shard, entry.term, PREFIX_WEIGHT * (0.75 + (0.25 * entry.df) / commonest));
    }
  }

  if (resolved.terms.size === 0 && isTypoCandidate(word)) {
    await addTypoCorrections(reader, word, resolved);
  }
  return resolved;
}

/**
 * Words long enough to correct; the vocabulary is fetched for them alone. A
 * compound of two typed words is not: "capacity planning" must not fetch it
 * because "capacityplanning" is nowhere.
 */
function isTypoCandidate(word: QueryWord): boolean {
  return !word.closedUp && word.raw.length >= MIN_TYPO_LENGTH && /^\p{L}+$/u.test(word.raw);
}

/**
 * Where a word no page has is two words run together ("frontend" where the
 * pages say "front end"), the two words, each in the vocabulary; of several
 * ways to cut it, the one whose rarer part is the most common. Only for
 * typo candidates, whose vocabulary is loaded already.
 */
export async function splitRunTogether(reader: IndexReader, word: QueryWord): Promise<[QueryWord, QueryWord] | null> {
  if (!isTypoCandidate(word)) return null;
  const known = vocabularyByStem(await reader.vocabulary());
  let best: { parts: [QueryWord, QueryWord]; rarer: number } | null = null;
  for (let cut = MIN_PART_LENGTH; cut <= word.raw.length - MIN_PART_LENGTH; cut++) {
    const [left, right] = [word.raw.slice(0, cut), word.raw.slice(cut)].map((raw) => {
      const stem = stemWord(raw);
      const entry = known.get(stem);
      return entry ? { word: { raw, stem, prefix: false }, df: entry.df } : undefined;
    });
    if (!left || !right) continue;
    const rarer = Math.min(left.df, right.df);
    if (!best || rarer > best.rarer) best = { parts: [left.word, right.word], rarer };
  }
  return best?.parts ?? null;
}

/** Parts shorter than this are not cut off a run-together word: too many two-letter stems would fit. */
const MIN_PART_LENGTH = 2;

const stemIndexes = new WeakMap<Vocabulary, Map<string, { df: number }>>();

function vocabularyByStem(vocabulary: Vocabulary): Map<string, { df: number }> {
  let index = stemIndexes.get(vocabulary);
  if (!index) {
    index = new Map(vocabulary.map(([stem, df]) => [stem, { df }]));
    stemIndexes.set(vocabulary, index);
  }
  return index;
}

async function addTypoCorrections(reader: IndexReader, word: QueryWord, resolved: ResolvedWord) {
  const manifest = await reader.manifest();
  const vocabulary = await reader.vocabulary();
  const neighbours = vocabulary
    .filter(([stem, , form]) => isWithinOneEdit(word.stem, stem) || isWithinOneEdit(word.raw, form ?? stem))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  for (const [stem, , form] of neighbours) {
    const number = shardForTerm(manifest.shardPrefixes, stem);
    if (number >= 0) addTerm(resolved, await reader.shard(number), stem, TYPO_WEIGHT);
    resolved.correction ??= form ?? stem;
  }
}
