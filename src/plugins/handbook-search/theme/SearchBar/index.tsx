// The navbar search button. It is in every page's first-load JavaScript, so
// it holds only the button and the shortcuts; the dialog, the search client
// and the worker load on first use (and are prefetched on hover or focus).
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

import { useSearchIndexUrl } from '../../client/search-index-url.ts';
import styles from './styles.module.css';

const SearchDialog = lazy(() => import('./SearchDialog'));

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  // The server cannot know the reader's platform; the Mac hint appears after hydration.
  const isBrowser = useIsBrowser();
  const shortcut = isBrowser && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘ K' : 'Ctrl K';
  const button = useRef<HTMLButtonElement>(null);
  const indexUrl = useSearchIndexUrl();

  const prefetch = useCallback(() => {
    void import('./SearchDialog').then((dialog) => dialog.warmSearch(indexUrl));
  }, [indexUrl]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey;
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={styles.searchButton}
        aria-label="Search the handbook"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => setOpen(true)}
        onFocus={prefetch}
        onPointerEnter={prefetch}
      >
        <svg className={styles.searchIcon} width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className={styles.searchButtonText}>Search</span>
        <kbd className={styles.searchButtonKeys}>{shortcut}</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
