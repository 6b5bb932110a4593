// Which section a search that found nothing most likely belongs to: the one
// whose page titles, descriptions and tags share the most words with the
// query. Whole words or a shared start of five letters count ("deploying"
// meets "deployment"), so small spelling differences still find an owner.
import { STOP_WORDS } from '../../handbook-search/shared/stop-words.ts';
import type { SectionTopics } from './types.ts';

const PREFIX = 5;

export function topicWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !STOP_WORDS.has(word),
  );
}

function wordsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= PREFIX && b.length >= PREFIX && a.slice(0, PREFIX) === b.slice(0, PREFIX);
}

/** The best-matching section, or null when no word of the query meets any section's words. */
export function closestSection(query: string, sections: readonly SectionTopics[]): SectionTopics | null {
  const words = [...new Set(topicWords(query))];
  let best: SectionTopics | null = null;
  let bestScore = 0;
  for (const section of sections) {
    const score = words.filter((word) => section.words.some((known) => wordsMeet(word, known))).length;
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return best;
}
