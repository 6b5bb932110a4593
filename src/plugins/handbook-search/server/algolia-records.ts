import { createHash } from 'node:crypto';

import type { SearchSection } from './collect-sections.ts';

/**
 * One DocSearch v3 record: the shape the classic theme's DocSearch UI
 * renders (hierarchy levels, url with anchor, content) plus the facets its
 * contextual search filters on (language, docusaurus_tag). See
 * https://docsearch.algolia.com/docs/record-extractor/ and
 * https://docusaurus.io/docs/search#contextual-search
 */
export type AlgoliaRecord = {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: 'lvl1' | 'lvl2' | 'content';
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  content: string | null;
  language: string;
  docusaurus_tag: string[];
  weight: { pageRank: number; level: number; position: number };
};

/** Algolia rejects records over 10 KB on smaller plans; long sections become several records. */
export const MAX_CONTENT_LENGTH = 4_000;
/** Facet values Docusaurus's contextual search filters on, for a single-version, single-locale site. */
const DOCUSAURUS_TAGS = ['default', 'docs-default-current'];

function cutContent(text: string): string[] {
  if (text.length <= MAX_CONTENT_LENGTH) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > MAX_CONTENT_LENGTH) {
    const space = rest.lastIndexOf(' ', MAX_CONTENT_LENGTH);
    const cut = space > MAX_CONTENT_LENGTH / 2 ? space : MAX_CONTENT_LENGTH;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  if (rest.trim()) parts.push(rest.trim());
  return parts;
}

/**
 * Turns the same sections the built-in search indexes into DocSearch
 * records with absolute URLs under `siteUrl` (origin plus baseUrl). Object
 * ids are derived from the URL, so re-running produces the same ids.
 */
export function buildAlgoliaRecords(sections: readonly SearchSection[], siteUrl: string): AlgoliaRecord[] {
  const base = siteUrl.replace(/\/+$/, '');
  return sections.flatMap((section, position) => {
    const pageUrl = `${base}${section.pageUrl}`;
    const url = section.anchor ? `${pageUrl}#${section.anchor}` : pageUrl;
    const level = section.heading ? 2 : 1;
    return cutContent(section.text).map((content, part) => ({
      objectID: createHash('sha1').update(`${url}\n${part}`).digest('hex').slice(0, 20),
      url,
      url_without_anchor: pageUrl,
      anchor: section.anchor || null,
      type: content ? 'content' : level === 2 ? 'lvl2' : 'lvl1',
      hierarchy: {
        lvl0: section.label,
        lvl1: section.pageTitle,
        lvl2: section.heading || null,
        lvl3: null,
        lvl4: null,
        lvl5: null,
        lvl6: null,
      },
      content: content || null,
      language: 'en',
      docusaurus_tag: DOCUSAURUS_TAGS,
      weight: { pageRank: 0, level: level === 2 ? 80 : 100, position },
    }));
  });
}
