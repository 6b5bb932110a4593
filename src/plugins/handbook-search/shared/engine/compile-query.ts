import { STOP_WORDS } from '../stop-words.ts';
import { queryCompounds, tokenize } from '../tokenize.ts';

/** Longer input is cut here: no reader types more, and a pasted page must not stall the worker. */
export const MAX_QUERY_LENGTH = 200;
/** Words after this many are ignored (each word is a lookup and an AND). */
const MAX_QUERY_WORDS = 10;
/** A last word shorter than this is matched exactly, not as a prefix: "f" would need every shard. */
const MIN_PREFIX_LENGTH = 3;
/** Weight of a synonym's matches relative to the words the reader typed. */
const SYNONYM_WEIGHT = 0.8;

/** `closedUp`: a compound made of two typed words, looked up exactly or as a prefix but never corrected. */
export type QueryWord = { raw: string; stem: string; prefix: boolean; closedUp?: boolean };
type Alternative = { words: QueryWord[]; weight: number };
/** A part of the query every result must match, in any one of its alternatives. */
export type Clause = { alternatives: Alternative[] };
/** Two typed words that may be one compound ("on call", "front-end"), with the clauses of those that are not stop words. */
type Compound = { word: QueryWord; clauses: number[] };
export type CompiledQuery = { text: string; words: QueryWord[]; clauses: Clause[]; compounds: Compound[] };

function cutQuery(query: string): string {
  return query.slice(0, MAX_QUERY_LENGTH).replace(/\s+/g, ' ').trimStart();
}

/**
 * Turns what the reader typed into clauses: one per word, except that a run
 * of words naming a glossary term becomes one clause whose alternatives are
 * all the names of that term ("PMC" also finds "performance monitoring
 * counters" and the other way round). The last word is a prefix while the
 * reader is still typing it (no space after it).
 */
export function compileQuery(query: string, synonymGroups: readonly (readonly string[][])[]): CompiledQuery {
  const text = cutQuery(query);
  const tokens = tokenize(text).slice(0, MAX_QUERY_WORDS);
  // A last word of one or two letters is still being typed ("capacity pl"):
  // search the words before it rather than look up "pl", which would fetch
  // a shard for nothing and make the results flicker on every new word.
  const last = tokens.at(-1);
  if (tokens.length > 1 && last && last.end === text.length && last.raw.length < MIN_PREFIX_LENGTH) tokens.pop();
  const words: QueryWord[] = tokens.map((token, index) => ({
    raw: token.raw,
    stem: token.term,
    prefix: index === tokens.length - 1 && token.end === text.length && token.raw.length >= MIN_PREFIX_LENGTH,
  }));
  const stems = words.map((word) => word.stem);
  const clauses: Clause[] = [];
  /** The clause of each word that has one of its own, by the word's offset in the text. */
  const clauseAt = new Map<number, number>();
  for (let position = 0; position < words.length;) {
    const match = longestSynonymAt(stems, position, synonymGroups);
    if (!match) {
      const word = words[position] as QueryWord;
      // "values versus values" asks for "values" once, not twice as much.
      const repeated = words.slice(0, position).some((earlier) => earlier.stem === word.stem);
      if (!repeated) {
        clauseAt.set(tokens[position]?.start ?? -1, clauses.length);
        clauses.push({ alternatives: [{ words: [word], weight: 1 }] });
      }
      position++;
      continue;
    }
    const typed = words.slice(position, position + match.length);
    const seen = new Set([match.names[match.nameIndex]?.join(' ')]);
    const alternatives: Alternative[] = [{ words: typed, weight: 1 }];
    for (const name of match.names) {
      const key = name.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push({ words: name.map((stem) => ({ raw: stem, stem, prefix: false })), weight: SYNONYM_WEIGHT });
    }
    clauses.push({ alternatives });
    position += match.length;
  }
  return { text, words, clauses, compounds: findCompounds(text, clauseAt, words.at(-1)) };
}

/**
 * Pairs of typed words that could be one compound: each part is a word with
 * a clause of its own or a stop word ("on call"), and the compound is a
 * prefix when its second part is the word being typed.
 */
function findCompounds(text: string, clauseAt: ReadonlyMap<number, number>, last: QueryWord | undefined): Compound[] {
  const compounds: Compound[] = [];
  for (const { left, right, compound } of queryCompounds(text)) {
    const parts = [left, right].map((part) => (STOP_WORDS.has(part.raw) ? null : clauseAt.get(part.start)));
    if (parts.includes(undefined) || parts.every((clause) => clause === null)) continue;
    const prefix = right.end === text.length && last?.prefix === true && last.raw === right.raw;
    compounds.push({
      word: { raw: compound.raw, stem: compound.term, prefix, closedUp: true },
      clauses: parts.filter((clause): clause is number => typeof clause === 'number'),
    });
  }
  return compounds;
}

type SynonymMatch = { names: readonly string[][]; nameIndex: number; length: number };

function longestSynonymAt(
  stems: readonly string[],
  position: number,
  groups: readonly (readonly string[][])[],
): SynonymMatch | undefined {
  let best: SynonymMatch | undefined;
  for (const names of groups) {
    names.forEach((name, nameIndex) => {
      if (name.length <= (best?.length ?? 0)) return;
      if (name.every((stem, offset) => stems[position + offset] === stem)) {
        best = { names, nameIndex, length: name.length };
      }
    });
  }
  return best;
}
