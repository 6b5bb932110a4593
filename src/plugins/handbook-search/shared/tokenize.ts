import { normalizeWord } from './normalize-word.ts';
import { stemWord } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

/** One word of a text: where it is in the original string, its normalized form and its stem. */
export type Token = {
  /** The stem: what the index is keyed by ("traces" and "tracing" share "trace"). */
  term: string;
  /** The normalized but unstemmed word, for prefix matching while a reader is still typing. */
  raw: string;
  start: number;
  end: number;
};

// A word is a run of letters and digits. A dot joins digits ("4.9",
// "10.2.1") and an apostrophe joins letters ("don't"); hyphens, slashes and
// everything else separate words ("bi-weekly" is "bi" + "weekly").
const WORD = /[\p{L}\p{N}]+(?:(?:(?<=\p{N})\.(?=\p{N})|['’](?=\p{L}))[\p{L}\p{N}]+)*/gu;

/** Longer "words" are base64, hashes or pasted junk; nobody searches for them. */
const MAX_WORD_LENGTH = 40;

/**
 * Splits text into search tokens with their offsets in the original text, so
 * the same function builds the index, reads a query and finds the words to
 * highlight in a snippet.
 */
export function tokenize(text: string, options: { keepStopWords?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = normalizeWord(match[0]);
    if (raw.length === 0 || raw.length > MAX_WORD_LENGTH) continue;
    if (!options.keepStopWords && STOP_WORDS.has(raw)) continue;
    const start = match.index;
    tokens.push({ term: stemWord(raw), raw, start, end: start + match[0].length });
  }
  return tokens;
}

/** What may stand between two typed words that could be one compound: a hyphen or spaces. */
const HYPHEN_OR_SPACE = /^(?:[-‐‑]|\s+)$/;
const LETTERS = /^\p{L}+$/u;

/** Two adjacent words that may be one compound, and that compound closed up. */
export type CompoundPair = { left: Token; right: Token; compound: Token };

/**
 * Adjacent words of a query, typed apart or hyphenated, that may be one
 * compound closed up ("on call", "front-end" → "oncall", "frontend"), so a
 * query finds a compound however the reader and the page spell it. Stop
 * words count as parts.
 */
export function queryCompounds(query: string): CompoundPair[] {
  const words = tokenize(query, { keepStopWords: true });
  const pairs: CompoundPair[] = [];
  words.forEach((right, index) => {
    const left = words[index - 1];
    if (!left || !HYPHEN_OR_SPACE.test(query.slice(left.end, right.start))) return;
    const raw = left.raw + right.raw;
    if (!LETTERS.test(raw) || raw.length > MAX_WORD_LENGTH) return;
    pairs.push({ left, right, compound: { term: stemWord(raw), raw, start: left.start, end: right.end } });
  });
  return pairs;
}

/**
 * A hyphenated pair of letter words that is not part of a longer chain
 * ("end-to-end" is none), found in one pass: the index builder runs it over
 * every section.
 */
const HYPHENATED_PAIR = /(?<![\p{L}\p{N}][-‐‑]?)(\p{L}+)[-‐‑](\p{L}+)(?![-‐‑]?[\p{L}\p{N}])/gu;

/** The hyphenated compounds of a text, closed up ("on-call" → "oncall"), each spanning both parts. */
export function compoundTokens(text: string): Token[] {
  const compounds: Token[] = [];
  for (const match of text.matchAll(HYPHENATED_PAIR)) {
    const raw = normalizeWord(`${match[1]}${match[2]}`);
    if (raw.length === 0 || raw.length > MAX_WORD_LENGTH) continue;
    compounds.push({ term: stemWord(raw), raw, start: match.index, end: match.index + match[0].length });
  }
  return compounds;
}
