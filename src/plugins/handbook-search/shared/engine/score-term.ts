import { BM25_K1 } from '../fields.ts';

// BM25F at query time. The term frequency a posting carries is already
// weighted by field and normalized by field length at build time (see
// server/build-search-index.ts), so only idf and saturation remain here.

/** How much rarer than average a term is: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function inverseDocumentFrequency(documentFrequency: number, sectionCount: number): number {
  return Math.log(1 + (sectionCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25 saturation: the tenth mention adds much less than the first. */
export function saturate(weightedFrequency: number): number {
  return (weightedFrequency * (BM25_K1 + 1)) / (weightedFrequency + BM25_K1);
}
