// Build-time half of handbook search.
//
// Design (see also client/worker.ts):
// 1. read-search-pages: every doc, blog post and generated category page,
//    with the URL and title Docusaurus gave it.
// 2. collect-sections: each page split at its h2/h3 headings (anchors from
//    Docusaurus's own slugger), plus one section per glossary entry. A
//    section is the unit of retrieval, so a result links to its heading.
// 3. build-search-index: tokenize (shared/tokenize.ts: NFKD, no accents,
//    stop words, Porter stems) the fields title, heading, body and label;
//    store per term its document frequency and postings of (section, field
//    mask, BM25F-weighted frequency); shard by adaptive term prefix so no
//    file is large; cut section metadata into ~6 KB chunks at page
//    boundaries (one request per result page); write a
//    vocabulary for typo correction and a manifest (shard map, page table,
//    glossary synonyms, version hash); and the same files again, grouped
//    into ~256 KB packs the browser fetches in the background once a reader
//    has seen a first answer (client/preload.ts).
// 4. write-search-index: static files under search-index/, written on a
//    worker thread (index-worker.mjs, dev-index-worker.mjs) to a folder that
//    postBuild moves into the output and `docusaurus start` serves.
import { readGlossary, namesOf, type GlossaryEntry } from '../../glossary/server/glossary.ts';
import { buildSearchIndex, createIndexBuildCache, type BuiltSearchIndex } from './build-search-index.ts';
import { collectSections, type SearchSection } from './collect-sections.ts';
import { readSearchPages, type LoadedContent } from './read-search-pages.ts';

export { moveSearchIndex, summarizeIndex, INDEX_URL_PATH } from './write-search-index.ts';
/** @public Used by the two index workers, which load this module by its path. */
export { writeSearchIndex } from './write-search-index.ts';
export type { IndexSummary } from './write-search-index.ts';
export type { LoadedContent } from './read-search-pages.ts';

function readGlossaryIfPresent(siteDir: string): GlossaryEntry[] {
  try {
    return readGlossary(siteDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every searchable section of the site, and the glossary's synonym groups. */
export function readSearchSections(siteDir: string, loaded?: LoadedContent) {
  const glossary = readGlossaryIfPresent(siteDir);
  const sections: SearchSection[] = collectSections(readSearchPages(siteDir, loaded), glossary);
  const synonyms = glossary.map(namesOf);
  return { sections, synonyms };
}

export function buildSiteSearchIndex(siteDir: string, loaded?: LoadedContent): BuiltSearchIndex {
  const { sections, synonyms } = readSearchSections(siteDir, loaded);
  return buildSearchIndex(sections, synonyms);
}

/**
 * Builds the site's index build after build, each reusing the work of the
 * one before where the text is the same (build-search-index.ts): the
 * dev server's worker (dev-index-worker.mjs). Each index is the one
 * buildSiteSearchIndex gives.
 */
export function siteIndexBuilder(siteDir: string): (loaded?: LoadedContent) => BuiltSearchIndex {
  const cache = createIndexBuildCache();
  return (loaded) => {
    const { sections, synonyms } = readSearchSections(siteDir, loaded);
    return buildSearchIndex(sections, synonyms, cache);
  };
}
