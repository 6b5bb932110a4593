// Lower case without accents, so "Café" and "cafe" are one word: NFKD splits
// letters from their combining marks (and unpacks ligatures such as "ﬁ"),
// then the marks are dropped. Apostrophes inside words go too ("don't" is
// indexed as "dont", "Gregg's" as "greggs").
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;
/** Anything beyond ASCII, for which NFKD and the marks matter. */
const NOT_ASCII = /[^\0-\x7f]/;

export function normalizeWord(word: string): string {
  // Most words are plain ASCII, which NFKD leaves as they are: skipping it
  // makes tokenizing a snippet's words for highlighting about twice as fast.
  if (!NOT_ASCII.test(word)) return word.replace(APOSTROPHES, '').toLowerCase();
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '').toLowerCase();
}
