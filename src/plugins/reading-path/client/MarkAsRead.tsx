// "I have read this page", under a doc: the same mark the reading path's
// checkboxes set, so a reader can tick pages off where they finish them.
// Rendered only after hydration, like the rest of the checklist.
import { useId } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

import { normalizePath, useReadPages } from './read-pages.ts';
import styles from './styles.module.css';

export default function MarkAsRead({ permalink }: { permalink: string }) {
  const isBrowser = useIsBrowser();
  const { readPages, setRead } = useReadPages();
  const id = useId();
  if (!isBrowser) return null;
  const path = normalizePath(permalink);
  return (
    <p className={styles.markAsRead}>
      <input
        type="checkbox"
        className={styles.checkbox}
        id={id}
        checked={readPages.has(path)}
        onChange={(event) => setRead(path, event.target.checked)}
      />
      <label htmlFor={id}>I have read this page</label>
    </p>
  );
}
