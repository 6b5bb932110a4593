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
export const MAX_WORD_LENGTH = 40;

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
