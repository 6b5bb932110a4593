// The handbook's sections: the folders under docs/ with a _category_.json,
// in their `position` order. The footer, the home page's cards and the search
// page's filters all list them from here, so adding or renaming a section is
// a change to its _category_.json only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fields of a _category_.json the handbook reads. */
export type CategoryFile = {
  label?: string;
  position?: number;
  /** `summary`: the one line the home page's card shows. */
  customProps?: { summary?: string };
  link?: { type?: string; slug?: string; title?: string; description?: string };
};

export type HandbookSection = {
  /** The folder under docs/; also the section's slug in search URLs (?section=culture). */
  folder: string;
  label: string;
  /** The section's index page, without the baseUrl. */
  to: string;
  summary: string;
};

/** A folder's _category_.json, or nothing when it has none. */
export function readCategory(siteDir: string, folder: string): CategoryFile {
  const file = join(siteDir, 'docs', folder, '_category_.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CategoryFile) : {};
}

/** The index page Docusaurus gives a category: its link's slug, or its default generated-index URL. */
export function categoryUrl(category: CategoryFile, folder: string): string {
  return `/docs${category.link?.slug ?? `/category/${folder}`}`;
}

/** Every section, in the order the sidebar shows them. */
export function readSections(siteDir: string): HandbookSection[] {
  const docsDir = join(siteDir, 'docs');
  if (!existsSync(docsDir)) return [];
  return readdirSync(docsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(docsDir, entry.name, '_category_.json')))
    .map((entry) => ({ folder: entry.name, category: readCategory(siteDir, entry.name) }))
    .sort(
      (a, b) =>
        (a.category.position ?? Infinity) - (b.category.position ?? Infinity) || a.folder.localeCompare(b.folder),
    )
    .map(({ folder, category }) => ({
      folder,
      label: category.label ?? folder,
      to: categoryUrl(category, folder),
      summary: category.customProps?.summary ?? category.link?.description ?? '',
    }));
}
