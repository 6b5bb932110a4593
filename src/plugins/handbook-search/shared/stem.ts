import { stemmer } from 'stemmer';

// Porter's stemmer is written for English words; numbers, versions ("4.9")
// and short tokens ("f2", "io") come out mangled or unchanged, so only plain
// words of three or more letters are stemmed.
const STEMMABLE = /^[a-z]{3,}$/;

/**
 * Stems computed lately, by word. A text's words are mostly words seen
 * before ("the", "latency", "service"), and stemming was most of the time
 * it takes to tokenize a snippet for highlighting; emptied when full.
 */
const recentStems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 20_000;

export function stemWord(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  let stem = recentStems.get(word);
  if (stem === undefined) {
    if (recentStems.size >= MAX_REMEMBERED_STEMS) recentStems.clear();
    stem = stemmer(word);
    recentStems.set(word, stem);
  }
  return stem;
}
