// A reading path that doubles as a checklist. The server renders the list of
// links as written; after hydration each item gets a checkbox and the path a
// progress line, both kept in localStorage (see read-pages.ts), so without
// JavaScript a reader still gets the plain list.
//
// Usage in an .mdx page:
//   <ReadingPath>
//
//   - [Meetings](./day-in-the-life/meetings.md): about an hour a day
//
//   </ReadingPath>
import { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';

import { pathItems } from './path-items.ts';
import { normalizePath, useReadPages } from './read-pages.ts';
import styles from './styles.module.css';

export default function ReadingPath({ children }: { children: ReactNode }) {
  const isBrowser = useIsBrowser();
  const { withBaseUrl } = useBaseUrlUtils();
  const { readPages, setRead } = useReadPages();
  const idPrefix = useId();
  const items = pathItems(children).map((item) => ({ ...item, path: normalizePath(withBaseUrl(item.href)) }));
  const readCount = items.filter((item) => readPages.has(item.path)).length;

  return (
    <div className={styles.readingPath}>
      {isBrowser && (
        <div className={styles.progress}>
          <p className={styles.progressText} role="status" id={`${idPrefix}-progress`}>
            {readCount} of {items.length} read
          </p>
          <progress
            className={styles.progressBar}
            value={readCount}
            max={Math.max(items.length, 1)}
            aria-labelledby={`${idPrefix}-progress`}
          />
        </div>
      )}
      <ul className={clsx(isBrowser && styles.checklist) || undefined}>
        {items.map((item, index) => {
          const isRead = readPages.has(item.path);
          return (
            <li key={item.path} className={clsx(isBrowser && styles.item, isRead && styles.itemRead) || undefined}>
              {isBrowser && (
                <input
                  type="checkbox"
                  className={styles.checkbox}
                  id={`${idPrefix}-${index}`}
                  checked={isRead}
                  onChange={(event) => setRead(item.path, event.target.checked)}
                  aria-label={`Mark "${item.title}" as read`}
                />
              )}
              <span className={styles.itemText}>{item.content}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
