/**
 * True when `a` becomes `b` with at most one insertion, deletion,
 * substitution or swap of two neighbouring letters (Damerau-Levenshtein
 * distance ≤ 1). Linear time, no matrix: the vocabulary scan calls this for
 * every term of similar length.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  if (lengthDifference === 1) return a.slice(first + 1) === b.slice(first);
  if (lengthDifference === -1) return a.slice(first) === b.slice(first + 1);
  if (a.slice(first + 1) === b.slice(first + 1)) return true;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}
