// Lower case without accents, so "Café" and "cafe" are one word: NFKD splits
// letters from their combining marks (and unpacks ligatures such as "ﬁ"),
// then the marks are dropped. Apostrophes inside words go too ("don't" is
// indexed as "dont", "Gregg's" as "greggs").
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;

export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '').toLowerCase();
}
