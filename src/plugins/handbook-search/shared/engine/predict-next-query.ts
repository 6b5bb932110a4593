import { normalizeWord } from '../normalize-word.ts';
import type { Vocabulary } from '../types.ts';

/** A word shorter than this is not completed: one letter has too many likely next ones. */
const MIN_PREDICTED_LENGTH = 2;

/**
 * The query a reader is likeliest to have typed one key from now: the word
 * being typed, one letter further along its commonest completion in the
 * index's vocabulary ("capacity pl" → "capacity pla" when "planning" is
 * the commonest word starting "pl"). Null when the query ends in a space,
 * the word is too short, or nothing in the vocabulary continues it. The
 * worker searches the prediction in the background, so the shards and
 * snippets the next key needs are in memory when it comes
 * (design/search-prefetch-allowance.md).
 */
export function predictNextQuery(query: string, vocabulary: Vocabulary): string | null {
  const typed = /(?:^|\s)([\p{L}\p{N}'’]+)$/u.exec(query)?.[1];
  if (!typed) return null;
  const word = normalizeWord(typed);
  if (word.length < MIN_PREDICTED_LENGTH) return null;
  let best: { text: string; df: number } | undefined;
  for (const [stem, df, form] of vocabulary) {
    const text = form ?? stem;
    if (text.length > word.length && text.startsWith(word) && (!best || df > best.df)) best = { text, df };
  }
  return best ? query + best.text.charAt(word.length) : null;
}
