/** A section filter the search page offers, with the slug it has in the URL (?section=culture). */
export type SectionFilter = { label: string; slug: string };

export type SearchPageState = { query: string; sections: string[] };

/** Reads ?q=...&section=... ; unknown section slugs are ignored. */
export function parseSearchUrl(search: string, filters: readonly SectionFilter[]): SearchPageState {
  const params = new URLSearchParams(search);
  const known = new Set<string>(filters.map((filter) => filter.slug));
  return {
    query: params.get('q') ?? '',
    sections: [...new Set(params.getAll('section'))].filter((slug) => known.has(slug)),
  };
}

/** The query string for a state, in a stable order so a shared link reads the same. */
export function formatSearchUrl(state: SearchPageState, filters: readonly SectionFilter[]): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of filters) {
    if (state.sections.includes(filter.slug)) params.append('section', filter.slug);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function labelsForSlugs(slugs: readonly string[], filters: readonly SectionFilter[]): string[] {
  return filters.filter((filter) => slugs.includes(filter.slug)).map((filter) => filter.label);
}
