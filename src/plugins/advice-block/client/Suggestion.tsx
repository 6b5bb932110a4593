// A suggestion looks the same on every page and says what it is: a visible
// "Suggestion" label, which also names the block for screen readers
// (role="note", labelled by that text), so advice is never mistaken for a
// fact of the source.
import { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';

import styles from './Suggestion.module.css';

type Props = { children?: ReactNode; title?: ReactNode; className?: string };

function LightbulbIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a5 5 0 0 0-3 9c.6.5 1 1.1 1 1.8V13h4v-1.2c0-.7.4-1.3 1-1.8a5 5 0 0 0-3-9Zm-2 13v.5c0 .8.7 1.5 1.5 1.5h1c.8 0 1.5-.7 1.5-1.5V14H6Z"
      />
    </svg>
  );
}

export default function Suggestion({ children, title, className }: Props) {
  const labelId = useId();
  const label = translate({
    id: 'handbook.adviceBlock.label',
    message: 'Suggestion',
    description: 'The label of a block of advice the handbook adds to its source',
  });
  return (
    <div
      role="note"
      aria-labelledby={labelId}
      className={clsx('theme-admonition', 'theme-admonition-suggestion', styles.suggestion, className)}
    >
      <p id={labelId} className={styles.label}>
        <LightbulbIcon />
        <span>
          {label}
          {title ? <span className={styles.title}>: {title}</span> : null}
        </span>
      </p>
      <div className={styles.content}>{children}</div>
    </div>
  );
}
