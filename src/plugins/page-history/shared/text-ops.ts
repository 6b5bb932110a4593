// Turning encoded texts back into text and into the pieces a diff view shows.
// No diff library here: the ops were made from a word diff at build time, so
// replaying them against their base already says what was added and removed.
import type { EncodedText, TextOps } from './types.ts';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** The texts of a history file, decoded in order (each base comes before the texts written against it). */
export function decodeTexts(texts: readonly EncodedText[]): string[] {
  const decoded: string[] = [];
  for (const [index, { base, ops }] of texts.entries()) {
    if (base >= index) throw new Error(`text ${index} is written against a later text (${base})`);
    decoded.push(
      diffParts(decoded[base] ?? '', ops)
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    );
  }
  return decoded;
}

/** The diff that turns `base` into the text `ops` describe: what stays, what goes, what arrives. */
export function diffParts(base: string, ops: TextOps): DiffPart[] {
  const parts: DiffPart[] = [];
  let at = 0;
  for (const op of ops) {
    if (typeof op === 'string') parts.push({ kind: 'added', text: op });
    else if (op > 0) parts.push({ kind: 'same', text: base.slice(at, (at += op)) });
    else parts.push({ kind: 'removed', text: base.slice(at, (at -= op)) });
  }
  return parts;
}

/** Words added and removed, as the summary above a diff counts them. */
export function countWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.kind === 'added') added += words(part.text);
    if (part.kind === 'removed') removed += words(part.text);
  }
  return { added, removed };
}
