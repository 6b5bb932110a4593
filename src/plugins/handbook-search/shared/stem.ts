import { stemmer } from 'stemmer';

import { RecentCache } from './engine/recent-cache.ts';

// Porter's stemmer is written for English words; numbers, versions ("4.9")
// and short tokens ("f2", "io") come out mangled or unchanged, so only plain
// words of three or more letters are stemmed.
const STEMMABLE = /^[a-z]{3,}$/;

/**
 * Stems of the words used lately. A text's words are mostly words seen
 * before ("the", "latency", "service"), and stemming was most of the time
 * it takes to tokenize a snippet for highlighting.
 */
const recentStems = new RecentCache<string, string>(20_000);

export function stemWord(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  let stem = recentStems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    recentStems.set(word, stem);
  }
  return stem;
}
