import type { ReactNode } from 'react';

import { splitHighlights } from './split-highlights.ts';
import styles from './styles.module.css';

type Props = { text: string; highlights: ReadonlyArray<readonly [number, number]> };

/**
 * Text with the searched words in <mark>. Everything is rendered as React
 * text nodes, never as HTML: index and query text can hold markup, and it
 * must show as the characters it is.
 */
export default function HighlightedText({ text, highlights }: Props): ReactNode {
  return splitHighlights(text, highlights).map((part, index) =>
    part.marked ? (
      <mark key={index} className={styles.match}>
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
