import { createSlugger } from '@docusaurus/utils';

import type { GlossaryEntry } from '../../glossary/server/glossary.ts';
import type { SearchPage } from './read-search-pages.ts';
import { splitSections } from './split-sections.ts';

/** The unit search indexes and returns: one heading's part of a page. */
export type SearchSection = {
  pageUrl: string;
  /** '' for a page's introduction. */
  anchor: string;
  pageTitle: string;
  heading: string;
  label: string;
  text: string;
  /** Multiplies the page's score (1 unless the page is a reference page, see GLOSSARY_BOOST). */
  boost: number;
};

/** The glossary defines terms in a line; the handbook page about the term should rank above it. */
const GLOSSARY_BOOST = 0.7;

/** The doc whose body is generated from the glossary data (see src/plugins/glossary/server/glossary-page.ts). */
const GLOSSARY_DOC_ID = 'glossary';

function glossaryEntryText(entry: GlossaryEntry): string {
  const names = entry.synonyms.length > 0 ? ` Also called: ${entry.synonyms.join(', ')}.` : '';
  return `${entry.expansion ? `${entry.expansion}. ` : ''}${entry.definition}${names}`;
}

/**
 * Splits pages into sections, in page order (the index relies on a page's
 * sections being contiguous). The glossary page gets one section per entry,
 * anchored at the entry's id, after the sections of its introduction, the
 * order in which the glossary remark plugin adds them.
 */
export function collectSections(pages: readonly SearchPage[], glossary: readonly GlossaryEntry[]): SearchSection[] {
  return pages.flatMap((page) => {
    const slugger = createSlugger();
    const parts = splitSections(page.markdown, slugger);
    if (page.kind === 'doc' && page.id === GLOSSARY_DOC_ID && glossary.length > 0) {
      for (const entry of glossary) {
        parts.push({
          heading: entry.term,
          anchor: slugger.slug(entry.id, { maintainCase: true }),
          text: glossaryEntryText(entry),
        });
      }
    }
    const isGlossary = page.kind === 'doc' && page.id === GLOSSARY_DOC_ID;
    if (parts.length === 0) parts.push({ heading: '', anchor: '', text: '' });
    return parts.map((part) => ({
      pageUrl: page.url,
      anchor: part.anchor,
      pageTitle: page.title,
      heading: part.heading,
      label: page.label,
      text: part.text,
      boost: isGlossary ? GLOSSARY_BOOST : 1,
    }));
  });
}
