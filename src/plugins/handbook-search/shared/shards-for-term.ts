/**
 * The shard holding an exact term: the one with the longest prefix the term
 * starts with ("" is the catch-all). Returns its number, or -1.
 */
export function shardForTerm(shardPrefixes: readonly string[], term: string): number {
  let best = -1;
  let bestLength = -1;
  shardPrefixes.forEach((prefix, index) => {
    if (prefix.length > bestLength && term.startsWith(prefix)) {
      best = index;
      bestLength = prefix.length;
    }
  });
  return best;
}

/**
 * Every shard that may hold a term starting with `prefix`: the shard the
 * prefix itself falls in, and every shard whose own prefix is longer and
 * starts with it (adaptive splitting moves "micro..." into "mic" or "micr").
 */
export function shardsForPrefix(shardPrefixes: readonly string[], prefix: string): number[] {
  const shards = new Set<number>();
  const home = shardForTerm(shardPrefixes, prefix);
  if (home >= 0) shards.add(home);
  shardPrefixes.forEach((shardPrefix, index) => {
    if (shardPrefix.length > prefix.length && shardPrefix.startsWith(prefix)) shards.add(index);
  });
  return [...shards].sort((a, b) => a - b);
}
