import type { SectionTopics } from '../shared/types.ts';
import { topicWords } from '../shared/closest-section.ts';

export type TopicPage = {
  /** Path under docs/ without extension, e.g. culture/culture-deck; blog posts start with blog/. */
  id: string;
  title: string;
  description: string;
  tags: string[];
  owner: string | undefined;
};

/** Words a section's pages are about, and the owner of most of its pages. */
export function sectionTopics(
  pages: readonly TopicPage[],
  labelOf: (section: string) => string,
  fallbackOwner: string,
): SectionTopics[] {
  const bySection = new Map<string, TopicPage[]>();
  for (const page of pages) {
    // Top-level docs (start-here, glossary) belong to the handbook as a whole.
    const section = page.id.includes('/') ? (page.id.split('/')[0] ?? '') : '';
    if (section === '') continue;
    // Pushed, not copied: a section of 2,000 pages made the copies quadratic, paid on every `npm start` save.
    const sectionPages = bySection.get(section);
    if (sectionPages) sectionPages.push(page);
    else bySection.set(section, [page]);
  }
  return [...bySection.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, sectionPages]) => {
      const owners = new Map<string, number>();
      for (const page of sectionPages) if (page.owner) owners.set(page.owner, (owners.get(page.owner) ?? 0) + 1);
      const owner = [...owners.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
      const words = new Set(
        sectionPages.flatMap((page) => topicWords([page.title, page.description, ...page.tags].join(' '))),
      );
      return { label: labelOf(section), owner: owner ?? fallbackOwner, words: [...words].sort() };
    });
}
