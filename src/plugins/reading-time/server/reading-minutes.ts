import { readableText } from '../../../content/plain-text.ts';
import { memoizeInProcess } from '../../../content/process-memo.ts';

/**
 * An adult reads technical prose at roughly 200 to 250 words a minute; the
 * lower figure leaves time for the diagrams and for thinking.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Whole minutes to read a Markdown body (at least one), counting only the
 * words a reader sees. Counted once per body and process: under `npm start`
 * every save asks again for every doc.
 */
export const readingMinutes: (markdown: string) => number = memoizeInProcess('reading-minutes', (markdown) => {
  const words = readableText(markdown).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
});
