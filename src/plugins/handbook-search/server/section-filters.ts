import type { HandbookSection } from '../../../content/sections.ts';
import type { SectionFilter } from '../theme/HandbookSearchPage/search-url.ts';
import { BLOG_LABEL } from './read-search-pages.ts';

/** The search page's filters: each docs section by its folder, then the blog. */
export function sectionFilters(sections: readonly HandbookSection[]): SectionFilter[] {
  return [
    ...sections.map((section) => ({ label: section.label, slug: section.folder })),
    { label: BLOG_LABEL, slug: 'blog' },
  ];
}
