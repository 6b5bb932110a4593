import type { LinkingPage } from '../shared/types.ts';
import { linksInMarkdown } from '../../../content/plain-text.ts';
import { resolveDocLink, type DocIndex } from './resolve-link.ts';

export type SourcePage = LinkingPage & {
  /** Site-relative path of the Markdown file, e.g. docs/culture/culture-deck.md. */
  file: string;
  body: string;
};

export type Backlinks = { linkingPages: LinkingPage[]; backlinks: Record<string, number[]> };

/**
 * Who links to whom, from the links written in the pages themselves. A page
 * that links to itself, or to the same doc twice, counts once or not at all.
 */
export function computeBacklinks(pages: readonly SourcePage[], docs: DocIndex, baseUrl = '/'): Backlinks {
  const linkersByTarget = new Map<string, Set<SourcePage>>();
  for (const page of pages) {
    for (const url of linksInMarkdown(page.body)) {
      const target = resolveDocLink(url, page.file, docs, baseUrl);
      if (target === undefined || target === page.url) continue;
      const linkers = linkersByTarget.get(target) ?? new Set();
      linkers.add(page);
      linkersByTarget.set(target, linkers);
    }
  }

  const linkingPages = [...new Set([...linkersByTarget.values()].flatMap((set) => [...set]))]
    .sort(byTitle)
    .map(({ title, url, kind }) => ({ title, url, kind }));
  const indexOf = new Map(linkingPages.map((page, index) => [page.url, index]));
  const backlinks: Record<string, number[]> = {};
  for (const [target, linkers] of [...linkersByTarget].sort(([a], [b]) => a.localeCompare(b))) {
    backlinks[target] = [...linkers]
      .sort(byTitle)
      .map((page) => indexOf.get(page.url))
      .filter((index) => index !== undefined);
  }
  return { linkingPages, backlinks };
}

/** One collator for every comparison: localeCompare with options builds one per call, paid on every `npm start` save. */
const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

function byTitle(a: LinkingPage, b: LinkingPage): number {
  return TITLE_ORDER.compare(a.title, b.title) || a.url.localeCompare(b.url);
}
