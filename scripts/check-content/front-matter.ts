// Front matter against the schema in src/content/schema.ts, plus the files
// that hold its closed lists (owners, tags, authors).
import { readContentVocabulary, validateFrontMatter, type ContentProblem } from '../../src/content/schema.ts';
import type { SourcePage } from './pages.ts';

export function checkFrontMatter(siteDir: string, pages: readonly SourcePage[]): ContentProblem[] {
  const { vocabulary, problems } = readContentVocabulary(siteDir);
  return [...problems, ...pages.flatMap((page) => validateFrontMatter(page, vocabulary))];
}
