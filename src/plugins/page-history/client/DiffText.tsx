// A word diff as a reader sees it: added words in <ins>, removed words in
// <del>, each run opened by a visible "added" or "removed" label so the
// change does not rest on colour alone (nor on the underline and strike,
// which screen readers mostly do not announce).
import type { ReactNode } from 'react';

import { countWords, type DiffPart } from '../shared/text-ops.ts';
import styles from './HistoryPage.module.css';

/** Whitespace-only runs are not worth a label: they are shown as the text around them. */
function visibleParts(parts: readonly DiffPart[]): DiffPart[] {
  return parts.flatMap((part): DiffPart[] => {
    if (part.kind === 'same' || part.text.trim() !== '') return [part];
    return part.kind === 'added' ? [{ kind: 'same', text: part.text }] : [];
  });
}

export default function DiffText({ parts, created }: { parts: readonly DiffPart[]; created: boolean }): ReactNode {
  const { added, removed } = countWords(parts);
  if (added === 0 && removed === 0) {
    return <p className={styles.diffSummary}>The text a reader sees is the same in both versions.</p>;
  }
  return (
    <>
      <p className={styles.diffSummary}>
        {created
          ? `The first version of the page: ${added} word${added === 1 ? '' : 's'}.`
          : `${added} word${added === 1 ? '' : 's'} added, ${removed} removed.`}{' '}
        Added text is underlined and labelled <span className={styles.diffLabel}>added</span>; removed text is struck
        through and labelled <span className={styles.diffLabel}>removed</span>.
      </p>
      <div className={styles.diff} data-testid="word-diff">
        {visibleParts(parts).map((part, index) => {
          if (part.kind === 'same') return <span key={index}>{part.text}</span>;
          const Tag = part.kind === 'added' ? 'ins' : 'del';
          return (
            <Tag key={index} className={part.kind === 'added' ? styles.added : styles.removed}>
              <span className={styles.diffLabel}>{part.kind}</span>
              {part.text}
            </Tag>
          );
        })}
      </div>
    </>
  );
}
