import { tokenize, type Token } from '../tokenize.ts';
import type { Highlights } from '../types.ts';
import { RecentCache } from './recent-cache.ts';

/** Decides whether a word of the text is one the reader searched for. */
export type WordMatcher = { terms: ReadonlySet<string>; prefixes: readonly string[] };

/**
 * Tokens of the texts highlighted lately. Tokenizing normalizes and stems
 * every word, and the same excerpts, headings and titles come back on each
 * keystroke: ~24 excerpts of ~60-110 words per answer in the dialog.
 */
const recentTokens = new RecentCache<string, Token[]>(256);

function tokensOf(text: string): Token[] {
  let tokens = recentTokens.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    recentTokens.set(text, tokens);
  }
  return tokens;
}

/** The ranges of `text` that hold matched words, found with the same tokenizer the index used. */
export function findHighlights(text: string, matcher: WordMatcher): Highlights {
  return tokensOf(text)
    .filter((token) => matcher.terms.has(token.term) || matcher.prefixes.some((prefix) => token.raw.startsWith(prefix)))
    .map((token): [number, number] => [token.start, token.end]);
}
