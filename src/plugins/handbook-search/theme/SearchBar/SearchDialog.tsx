import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';

import HighlightedText from '../../client/SearchHighlight';
import SectionLabel from '../../client/SectionLabel';
import MissingTopic from '@site/src/plugins/page-feedback/theme/MissingTopic';
import { useSearch } from '../../client/use-search.ts';
import { searchPagePath } from '../../shared/search-paths.ts';
import type { PageHit, SearchResponse, SectionHit } from '../../shared/types.ts';
import { GLOSSARY_PATH } from '../../../glossary/shared/glossary-names.ts';
import styles from './SearchDialog.module.css';

// Re-exported so the navbar button's prefetch loads one chunk, not two.
export { warmSearch } from '../../client/search-client.ts';

/** Pages the dialog shows; the search page shows the rest. */
const DIALOG_PAGE_LIMIT = 8;
/** Sections shown under each page in the dialog. */
const DIALOG_SECTIONS_PER_PAGE = 2;

/** A result to choose: a section of a page, or (section null) a page whose snippets are still on their way. */
type Option = { id: string; hit: PageHit; section: SectionHit | null };

/**
 * The search dialog: an ARIA 1.2 combobox (the input) controlling a listbox
 * of results grouped by page. Focus stays in the input; arrow keys move the
 * active option (aria-activedescendant), Enter opens it, Escape closes.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }): ReactNode {
  const [query, setQuery] = useState('');
  // The active option belongs to one answer: a new answer starts at its first option.
  const [activeState, setActiveState] = useState<{ response: unknown; index: number }>({ response: null, index: 0 });
  const { response, pending, error } = useSearch(query, DIALOG_PAGE_LIMIT);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const history = useHistory();
  // The page behind the dialog: where a request for a missing page comes from.
  const { pathname } = useLocation();
  const { withBaseUrl } = useBaseUrlUtils();
  const ids = useId();
  const listboxId = `${ids}-results`;

  const options = useMemo<Option[]>(
    () =>
      (response?.hits ?? []).flatMap((hit, page): Option[] =>
        hit.sections.length === 0
          ? [{ id: `${ids}-option-${page}-0`, hit, section: null }]
          : hit.sections
              .slice(0, DIALOG_SECTIONS_PER_PAGE)
              .map((section, index) => ({ id: `${ids}-option-${page}-${index}`, hit, section })),
      ),
    [response, ids],
  );
  const active = activeState.response === response ? activeState.index : 0;
  const setActive = (update: (current: number) => number) => setActiveState({ response, index: update(active) });
  const activeOption = options[Math.min(active, options.length - 1)];
  // Stable, so the result list skips the render of a key that brings no new answer.
  const activate = useCallback(
    (answer: SearchResponse, index: number) => setActiveState({ response: answer, index }),
    [],
  );

  useEffect(() => {
    input.current?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
    };
  }, []);
  useEffect(() => {
    if (activeOption) document.getElementById(activeOption.id)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  const openOption = useCallback(
    (option: Option) => {
      // Its rank, to the optional analytics; without HANDBOOK_ANALYTICS_URL the build drops this.
      if (process.env.HANDBOOK_ANALYTICS_ENDPOINT) {
        const rank = String(options.indexOf(option) + 1);
        const href = window.location.href;
        void import('../../../analytics/client/send-event.ts').then(({ sendEvent }) =>
          sendEvent('Search: result chosen', { rank }, href),
        );
      }
      onClose();
      history.push(withBaseUrl(option.section?.url ?? option.hit.pageUrl));
    },
    [onClose, history, withBaseUrl, options],
  );
  // The search page's code, fetched once while the dialog is open (the
  // footer's link is a plain one: see SearchPageLink).
  useEffect(() => {
    void window.docusaurus.prefetch(withBaseUrl(searchPagePath('')));
  }, [withBaseUrl]);

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (Math.min(current, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) openOption(activeOption);
      else if (query.trim()) {
        onClose();
        history.push(withBaseUrl(searchPagePath(query)));
      }
    }
  };

  // Escape closes; Tab cycles through the dialog's own controls only.
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('input, button, a[href]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const total = response?.total ?? 0;
  const announcement = !query.trim()
    ? ''
    : response
      ? `${total === 0 ? 'No' : total} ${total === 1 ? 'page' : 'pages'} found`
      : pending
        ? 'Searching'
        : '';

  return (
    <div
      className={styles.backdrop}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label="Search the handbook"
        className={styles.dialog}
        onKeyDown={onDialogKeyDown}
        // Which query the shown results answer: lets tests and the bench
        // (bench/search-latency.ts) tell when results caught up with typing.
        data-results-for={response?.query ?? ''}
      >
        <div className={styles.inputRow}>
          <svg className={styles.searchIcon} width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            className={styles.input}
            type="search"
            role="combobox"
            aria-label="Search the handbook"
            aria-autocomplete="list"
            aria-expanded={options.length > 0}
            aria-controls={listboxId}
            aria-activedescendant={activeOption?.id}
            placeholder="Search pages, headings and terms"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={1000}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKeyDown}
          />
          <button type="button" className={styles.closeButton} onClick={onClose}>
            Close
          </button>
        </div>

        {options.length > 0 && response && (
          <ResultList
            response={response}
            options={options}
            activeId={activeOption?.id}
            listboxId={listboxId}
            groupIdPrefix={`${ids}-page-`}
            onActivate={activate}
            onOpen={openOption}
          />
        )}

        {query.trim() !== '' && response && total === 0 && (
          <div className={styles.empty}>
            <p>No pages match “{response.query}”.</p>
            {response.didYouMean && (
              <p>
                Did you mean{' '}
                <button type="button" className={styles.linkButton} onClick={() => setQuery(response.didYouMean ?? '')}>
                  {response.didYouMean}
                </button>
                ?
              </p>
            )}
            <p>
              Try a shorter query, or look the word up in the{' '}
              <Link to={GLOSSARY_PATH} onClick={onClose}>
                glossary
              </Link>
              .
            </p>
            <MissingTopic query={response.query} from={pathname} />
          </div>
        )}
        {error && <p className={styles.empty}>Search is unavailable right now ({error}).</p>}

        <div className={styles.footer}>
          {response?.didYouMean && total > 0 ? (
            <span>
              Showing matches for <strong>{response.didYouMean}</strong>
            </span>
          ) : (
            <span className={styles.keysHint}>↑ ↓ to move, Enter to open, Esc to close</span>
          )}
          <SearchPageLink query={query} onNavigate={onClose} className={styles.seeAll}>
            {total > 0 ? `See all ${total} results` : 'Open the search page'}
          </SearchPageLink>
        </div>
        <div role="status" className={styles.visuallyHidden}>
          {announcement}
        </div>
      </div>
    </div>
  );
}

type ResultListProps = {
  response: SearchResponse;
  options: readonly Option[];
  activeId: string | undefined;
  listboxId: string;
  groupIdPrefix: string;
  onActivate: (response: SearchResponse, index: number) => void;
  onOpen: (option: Option) => void;
};

/**
 * The listbox: rendered again only for a new answer or a new active option,
 * not for each key typed while the answer to it is on its way.
 */
const ResultList = memo(function ResultList({
  response,
  options,
  activeId,
  listboxId,
  groupIdPrefix,
  onActivate,
  onOpen,
}: ResultListProps): ReactNode {
  return (
    <div id={listboxId} role="listbox" aria-label="Search results" className={styles.results}>
      {response.hits.map((hit, page) => (
        <div key={hit.pageUrl} role="group" aria-labelledby={`${groupIdPrefix}${page}`} className={styles.group}>
          <div id={`${groupIdPrefix}${page}`} className={styles.groupTitle}>
            <SectionLabel label={hit.label} />
            <span className={styles.pageTitle}>
              <HighlightedText text={hit.pageTitle} highlights={hit.pageTitleHighlights} />
            </span>
          </div>
          {options.map((option, index) =>
            option.hit !== hit ? null : (
              <div
                key={option.id}
                id={option.id}
                role="option"
                aria-selected={option.id === activeId}
                className={clsx(styles.option, option.id === activeId && styles.optionActive)}
                onMouseMove={() => onActivate(response, index)}
                onClick={() => onOpen(option)}
              >
                {option.section ? (
                  <>
                    <span className={styles.optionHeading}>
                      <HighlightedText
                        text={option.section.heading || 'Introduction'}
                        highlights={option.section.heading ? option.section.headingHighlights : []}
                      />
                    </span>
                    <span className={styles.snippet}>
                      {option.section.snippet.cutBefore && '… '}
                      <HighlightedText
                        text={option.section.snippet.text}
                        highlights={option.section.snippet.highlights}
                      />
                      {option.section.snippet.cutAfter && ' …'}
                    </span>
                  </>
                ) : (
                  // Snippets on their way: the page, with room kept for what follows.
                  <span className={styles.snippetPending}>Open the page</span>
                )}
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
});

/**
 * The link to the search page with the query typed so far. A plain link
 * that navigates in the page on a plain click: Docusaurus' Link starts a new
 * IntersectionObserver at each render and prefetches its target's route
 * again each time, and the dialog renders twice per key.
 */
function SearchPageLink({
  query,
  onNavigate,
  className,
  children,
}: {
  query: string;
  onNavigate: () => void;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const history = useHistory();
  const { withBaseUrl } = useBaseUrlUtils();
  const href = withBaseUrl(searchPagePath(query));
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const newTab = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || newTab) return;
    event.preventDefault();
    onNavigate();
    history.push(href);
  };
  return (
    <a href={href} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
