/** A run of text, marked or not: what HighlightedText renders, one React node each. */
export type TextPart = { text: string; marked: boolean };

/**
 * Cuts text into plain and marked parts from [start, end) ranges. Ranges
 * may arrive unsorted, overlapping or out of bounds (they come from a
 * worker); they are clamped and merged, never trusted.
 */
export function splitHighlights(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPart[] {
  const clean = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, text.length)), Math.min(end, text.length)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let position = 0;
  for (const [start, end] of clean) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) parts.push({ text: text.slice(position, from), marked: false });
    const previous = parts[parts.length - 1];
    if (previous?.marked && from === position) previous.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), marked: true });
    position = end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), marked: false });
  return parts;
}
