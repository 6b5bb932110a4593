/** The section filters the search page offers, with the slug each has in the URL (?section=culture). */
export const SECTION_FILTERS = [
  { label: 'Day in the Life', slug: 'day-in-the-life' },
  { label: 'Culture', slug: 'culture' },
  { label: 'Mission', slug: 'mission' },
  { label: 'Work Updates', slug: 'work-updates' },
  { label: 'Blog', slug: 'blog' },
] as const;

export type SearchPageState = { query: string; sections: string[] };

/** Reads ?q=...&section=... ; unknown section slugs are ignored. */
export function parseSearchUrl(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  const known = new Set<string>(SECTION_FILTERS.map((filter) => filter.slug));
  return {
    query: params.get('q') ?? '',
    sections: [...new Set(params.getAll('section'))].filter((slug) => known.has(slug)),
  };
}

/** The query string for a state, in a stable order so a shared link reads the same. */
export function formatSearchUrl(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of SECTION_FILTERS) {
    if (state.sections.includes(filter.slug)) params.append('section', filter.slug);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function labelsForSlugs(slugs: readonly string[]): string[] {
  return SECTION_FILTERS.filter((filter) => slugs.includes(filter.slug)).map((filter) => filter.label);
}
