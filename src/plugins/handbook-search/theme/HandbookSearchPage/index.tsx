// The full search page, /search?q=...&section=... . The URL is the state:
// it is read once after hydration (the page is pre-rendered without a
// query) and rewritten with replaceState as the reader types or filters, so
// any moment of a search can be shared.
import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

import HighlightedText from '../../client/SearchHighlight';
import SectionLabel from '../../client/SectionLabel';
import MissingTopic from '@site/src/plugins/page-feedback/theme/MissingTopic';
import { useSearch } from '../../client/use-search.ts';
import { SEARCH_PAGE_PATH } from '../../shared/search-paths.ts';
import type { PageHit, SearchResponse } from '../../shared/types.ts';
import { GLOSSARY_PATH } from '../../../glossary/shared/glossary-names.ts';
import {
  formatSearchUrl,
  labelsForSlugs,
  parseSearchUrl,
  type SearchPageState,
  type SectionFilter,
} from './search-url.ts';
import styles from './styles.module.css';

const PAGE_SIZE = 30;
const SUGGESTED_QUERIES = [
  'flame graphs',
  'on-call rotation',
  'culture deck',
  'PMC',
  'status updates',
  'asking for help',
];

function searchHref(query: string): string {
  return `/${SEARCH_PAGE_PATH}${formatSearchUrl({ query, sections: [] }, [])}`;
}

function Suggestions(): ReactNode {
  return (
    <p>
      Readers often look for{' '}
      {SUGGESTED_QUERIES.map((query, index) => (
        <span key={query}>
          {index > 0 && (index === SUGGESTED_QUERIES.length - 1 ? ' or ' : ', ')}
          <Link to={searchHref(query)}>{query}</Link>
        </span>
      ))}
      . Acronyms and team words are explained in the <Link to={GLOSSARY_PATH}>glossary</Link>.
    </p>
  );
}

/**
 * The rank of the result a reader opens, to the optional analytics. Listens on
 * the whole list while the click is captured, before the link navigates;
 * without HANDBOOK_ANALYTICS_URL the build leaves it out.
 */
function reportChosenResult(event: MouseEvent<HTMLOListElement>) {
  const target = event.target as Element;
  const item = target.closest('a') ? target.closest('ol > li') : null;
  if (!item || item.parentElement !== event.currentTarget) return;
  const rank = String(Array.prototype.indexOf.call(event.currentTarget.children, item) + 1);
  const href = window.location.href;
  void import('../../../analytics/client/send-event.ts').then(({ sendEvent }) =>
    sendEvent('Search: result chosen', { rank }, href),
  );
}

function Result({ hit }: { hit: PageHit }): ReactNode {
  return (
    <li className={styles.result}>
      <SectionLabel label={hit.label} />
      <Heading as="h2" className={styles.resultTitle}>
        <Link to={hit.pageUrl}>
          <HighlightedText text={hit.pageTitle} highlights={hit.pageTitleHighlights} />
        </Link>
      </Heading>
      {/* No sections yet: they are on their way, and the answer that brings them follows. */}
      <ul className={styles.sections} hidden={hit.sections.length === 0}>
        {hit.sections.map((section) => (
          <li key={section.url}>
            <Link to={section.url} className={styles.sectionLink}>
              <HighlightedText
                text={section.heading || 'Introduction'}
                highlights={section.heading ? section.headingHighlights : []}
              />
            </Link>
            <p className={styles.snippet}>
              {section.snippet.cutBefore && '… '}
              <HighlightedText text={section.snippet.text} highlights={section.snippet.highlights} />
              {section.snippet.cutAfter && ' …'}
            </p>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Summary({ response, filtered }: { response: SearchResponse; filtered: boolean }): ReactNode {
  const { total, query } = response;
  const pages = `${total} ${total === 1 ? 'page matches' : 'pages match'}`;
  return (
    <>
      {total > 0 ? `${pages} “${query}”${filtered ? ' in the chosen sections' : ''}.` : `No pages match “${query}”.`}
      {response.partial && total > 0 && ' No page has every word, so these have most of them.'}
    </>
  );
}

/** The route's props, from the plugin: the docs' sections (their _category_.json files), then the blog. */
type Props = { sectionFilters: SectionFilter[] };

export default function HandbookSearchPage({ sectionFilters }: Props): ReactNode {
  const [state, setState] = useState<SearchPageState>({ query: '', sections: [] });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const inputId = useId();
  const { response, error } = useSearch(state.query, limit, labelsForSlugs(state.sections, sectionFilters));

  // The URL is read after hydration (the pre-rendered page has no query) and
  // on every navigation to the page (a suggested query, "See all results").
  // replaceState below bypasses the router, so typing does not come back here.
  const { search } = useLocation();
  const isBrowser = useIsBrowser();
  const [readUrl, setReadUrl] = useState<string | null>(null);
  if (isBrowser && readUrl !== search) {
    setReadUrl(search);
    setState(parseSearchUrl(search, sectionFilters));
  }

  const update = (next: SearchPageState) => {
    setState(next);
    setLimit(PAGE_SIZE);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${formatSearchUrl(next, sectionFilters)}`,
    );
  };
  const toggleSection = (slug: string) =>
    update({
      ...state,
      sections: state.sections.includes(slug)
        ? state.sections.filter((selected) => selected !== slug)
        : [...state.sections, slug],
    });

  const hasQuery = state.query.trim() !== '';
  return (
    <Layout title="Search" description="Search every page, heading and glossary term of the handbook.">
      <main className={styles.page}>
        <Heading as="h1">Search the handbook</Heading>
        <form role="search" onSubmit={(event) => event.preventDefault()} className={styles.form}>
          <label htmlFor={inputId} className={styles.inputLabel}>
            Words to look for
          </label>
          <input
            id={inputId}
            className={styles.input}
            type="search"
            value={state.query}
            maxLength={1000}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. flame graphs"
            onChange={(event) => update({ ...state, query: event.target.value })}
          />
          <fieldset className={styles.filters}>
            <legend>Only in these sections</legend>
            {sectionFilters.map((filter) => (
              <label key={filter.slug} className={styles.filter}>
                <input
                  type="checkbox"
                  checked={state.sections.includes(filter.slug)}
                  onChange={() => toggleSection(filter.slug)}
                />
                {filter.label}
                {hasQuery && response && (
                  <span className={styles.filterCount}> ({response.labelCounts[filter.label] ?? 0})</span>
                )}
              </label>
            ))}
          </fieldset>
        </form>

        <p className={styles.summary} role="status">
          {hasQuery && response && <Summary response={response} filtered={state.sections.length > 0} />}
        </p>

        {error && <p>Search is unavailable right now ({error}). Reload the page to try again.</p>}

        {hasQuery && response?.didYouMean && (
          <p className={styles.didYouMean}>
            Did you mean <Link to={searchHref(response.didYouMean)}>{response.didYouMean}</Link>?
          </p>
        )}

        {hasQuery && response && response.total > 0 && (
          <>
            <ol
              className={styles.results}
              onClickCapture={process.env.HANDBOOK_ANALYTICS_ENDPOINT ? reportChosenResult : undefined}
            >
              {response.hits.map((hit) => (
                <Result key={hit.pageUrl} hit={hit} />
              ))}
            </ol>
            {response.total > response.hits.length && (
              <button type="button" className="button button--secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
                Show more results
              </button>
            )}
          </>
        )}

        {hasQuery && response && response.total === 0 && (
          <div className={styles.empty}>
            {state.sections.length > 0 && (
              <p>
                The section filters may hide matches:{' '}
                <button type="button" className={styles.linkButton} onClick={() => update({ ...state, sections: [] })}>
                  search every section
                </button>
                .
              </p>
            )}
            <p>Check the spelling, use fewer words, or try a word the handbook would use.</p>
            <MissingTopic query={state.query} from={`/search${formatSearchUrl(state, sectionFilters)}`} />
            <Suggestions />
          </div>
        )}

        {!hasQuery && (
          <div className={styles.empty}>
            <p>Type a word or two: results show the page and the heading where it appears.</p>
            <Suggestions />
          </div>
        )}
      </main>
    </Layout>
  );
}
