// The word diff of two texts, by the `diff` library (jsdiff). Lines are
// compared first and words only inside the lines that changed: jsdiff's time
// grows with the number of edits times the length compared, so one word diff
// over a whole long page that was partly rewritten can take seconds, while
// the same edits found line by line take milliseconds. Whitespace counts as
// tokens (diffWordsWithSpace), so the parts put back together give exactly
// the two texts: the build stores a text as its diff against an older one,
// and the view compares any two versions with the same call.
//
// The line and word modules alone (public subpaths): the package declares no
// sideEffects, so importing its index would bundle every kind of diff.
import { diffLines } from 'diff/lib/diff/line.js';
import { diffWordsWithSpace } from 'diff/lib/diff/word.js';

import type { DiffPart } from './text-ops.ts';

/** Edits (in lines) past which two texts are shown as all removed, all added. */
const MAX_LINE_EDITS = 2_000;
/** Edits (in words and spaces) past which changed lines are shown whole: a rewritten paragraph reads better so. */
const MAX_WORD_EDITS = 300;

function whole(before: string, after: string): DiffPart[] {
  return [
    ...(before ? [{ kind: 'removed' as const, text: before }] : []),
    ...(after ? [{ kind: 'added' as const, text: after }] : []),
  ];
}

/** The words that changed between two runs of lines. */
function wordsWithin(before: string, after: string): DiffPart[] {
  if (!before || !after) return whole(before, after);
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return whole(before, after);
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Joins neighbours of the same kind and drops empty parts. */
function merged(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = result.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else result.push({ ...part });
  }
  return result;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const lines = diffLines(before, after, { maxEditLength: MAX_LINE_EDITS });
  if (!lines) return whole(before, after);
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    parts.push(...wordsWithin(removed, added));
    removed = '';
    added = '';
  };
  for (const change of lines) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else {
      flush();
      parts.push({ kind: 'same', text: change.value });
    }
  }
  flush();
  return merged(parts);
}
