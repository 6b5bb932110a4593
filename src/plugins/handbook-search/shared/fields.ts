// The parts of a section a word can be found in. Each is a bit in a
// posting's field mask, so one number says where a word occurs.
export const FIELD = { title: 1, heading: 2, body: 4, label: 8 } as const;

export type FieldName = keyof typeof FIELD;

export const FIELD_NAMES: readonly FieldName[] = ['title', 'heading', 'body', 'label'];

/**
 * BM25F weights and length normalization per field. A title or heading word
 * counts several body words, but saturation (k1) and idf keep a rare body
 * word ahead of a word that is common in headings: a heading cannot win on
 * position alone. See Robertson & Zaragoza, "The Probabilistic Relevance
 * Framework: BM25 and Beyond" (2009), section 3.
 */
export const FIELD_WEIGHT: Record<FieldName, number> = { title: 3, heading: 2.5, body: 1, label: 0.5 };
export const FIELD_LENGTH_NORMALIZATION: Record<FieldName, number> = { title: 0.4, heading: 0.5, body: 0.75, label: 0 };
export const BM25_K1 = 1.2;
