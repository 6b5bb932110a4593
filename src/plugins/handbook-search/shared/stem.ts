import { stemmer } from 'stemmer';

// Porter's stemmer is written for English words; numbers, versions ("4.9")
// and short tokens ("f2", "io") come out mangled or unchanged, so only plain
// words of three or more letters are stemmed.
const STEMMABLE = /^[a-z]{3,}$/;

/**
 * Stems of the words seen since the cache was last emptied. A text's words
 * are mostly words seen before ("the", "latency", "service"), and stemming
 * was most of the time it takes to tokenize a snippet for highlighting. A
 * plain map, emptied when full, rather than a most-recently-used order: a
 * handbook's vocabulary fits, and building the index asks for a stem for
 * every word of every page, where reordering on each hit cost more than the
 * stemming it saved.
 */
const STEMS_KEPT = 20_000;
const stems = new Map<string, string>();

export function stemWord(word: string): string {
  if (!STEMMABLE.test(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
