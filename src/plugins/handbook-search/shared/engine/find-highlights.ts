import { tokenize } from '../tokenize.ts';
import type { Highlights } from '../types.ts';

/** Decides whether a word of the text is one the reader searched for. */
export type WordMatcher = { terms: ReadonlySet<string>; prefixes: readonly string[] };

/** The ranges of `text` that hold matched words, found with the same tokenizer the index used. */
export function findHighlights(text: string, matcher: WordMatcher): Highlights {
  return tokenize(text)
    .filter((token) => matcher.terms.has(token.term) || matcher.prefixes.some((prefix) => token.raw.startsWith(prefix)))
    .map((token): [number, number] => [token.start, token.end]);
}
