import { stemmer } from 'stemmer';

// Porter's stemmer is written for English words; numbers, versions ("4.9")
// and short tokens ("f2", "io") come out mangled or unchanged, so only plain
// words of three or more letters are stemmed.
const STEMMABLE = /^[a-z]{3,}$/;

export function stemWord(word: string): string {
  return STEMMABLE.test(word) ? stemmer(word) : word;
}
