import type { Snippet } from '../types.ts';
import { findHighlights, type WordMatcher } from './find-highlights.ts';

const SNIPPET_LENGTH = 180;
/** How much text to show before the first match in the window, so it reads as a sentence. */
const LEAD_IN = 40;

/**
 * The part of a section's text that best shows why it matched: the window
 * of SNIPPET_LENGTH characters holding the most matched words, cut at word
 * boundaries, with highlight ranges relative to the cut text.
 */
export function makeSnippet(text: string, matcher: WordMatcher, length = SNIPPET_LENGTH): Snippet {
  const all = findHighlights(text, matcher);
  let windowStart = 0;
  let bestCount = 0;
  for (const [start] of all) {
    const candidate = Math.max(0, start - LEAD_IN);
    const count = all.filter(([from, to]) => from >= candidate && to <= candidate + length).length;
    if (count > bestCount) {
      bestCount = count;
      windowStart = candidate;
    }
  }
  let start = windowStart;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < start + LEAD_IN / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + length / 2 ? space : end;
  }
  return {
    text: text.slice(start, end),
    highlights: all
      .filter(([from, to]) => from >= start && to <= end)
      .map(([from, to]): [number, number] => [from - start, to - start]),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}
