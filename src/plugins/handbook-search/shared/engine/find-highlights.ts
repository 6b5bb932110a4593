import { compoundTokens, tokenize, type Token } from '../tokenize.ts';
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
    // Compounds too, so "oncall" marks the whole of "on-call".
    tokens = [...tokenize(text), ...compoundTokens(text)].sort((a, b) => a.start - b.start || b.end - a.end);
    recentTokens.set(text, tokens);
  }
  return tokens;
}

/** The ranges of `text` that hold matched words, found with the same tokenizer the index used. */
export function findHighlights(text: string, matcher: WordMatcher): Highlights {
  const ranges: Highlights = [];
  for (const token of tokensOf(text)) {
    if (!matcher.terms.has(token.term) && !matcher.prefixes.some((prefix) => token.raw.startsWith(prefix))) continue;
    // Tokens come in order of their start, a compound before its first part:
    // a part inside a marked compound is marked already.
    const last = ranges.at(-1);
    if (last && token.start < last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}
