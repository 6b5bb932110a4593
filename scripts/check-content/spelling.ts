// Spelling through cspell's programmatic API, with cspell.json and the
// handbook's own words in project-words.txt (names, tools, acronyms).
//
// Try: npx cspell "docs/**/*.md"
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CSpellReporter, Issue } from '@cspell/cspell-types';

import type { ContentProblem } from '../../src/content/schema.ts';

const SPELLING_GLOBS = [
  'docs/**/*.{md,mdx}',
  'blog/**/*.{md,mdx}',
  'blog/*.yml',
  'docs/*.yml',
  'src/data/*.yml',
  'CONTRIBUTING.md',
  '.github/**/*.md',
  '.github/ISSUE_TEMPLATE/*.yml',
];

export async function checkSpelling(siteDir: string): Promise<ContentProblem[]> {
  const issues: Issue[] = [];
  const failures: ContentProblem[] = [];
  const reporter: CSpellReporter = {
    issue: (issue) => void issues.push(issue),
    info: () => undefined,
    debug: () => undefined,
    progress: () => undefined,
    error: (message, error) =>
      void failures.push({ file: 'cspell.json', line: 1, field: 'cspell', message: `${message}: ${error.message}` }),
    result: () => undefined,
  };
  // 'cspell/application', not 'cspell': the tsconfig baseUrl would resolve a bare "cspell" to ./cspell.json,
  // and the package is ESM-only, so it is loaded with import() from these CommonJS-compiled scripts.
  const { lint } = await import('cspell/application');
  await lint(
    SPELLING_GLOBS,
    { root: siteDir, config: `${siteDir}/cspell.json`, showSuggestions: true, mustFindFiles: false },
    reporter,
  );
  const problems = issues.map((issue): ContentProblem => {
    const file = issue.uri ? relative(siteDir, fileURLToPath(issue.uri)) : 'unknown file';
    const suggestions = (issue.suggestionsEx?.map((suggestion) => suggestion.word) ?? issue.suggestions ?? []).slice(
      0,
      3,
    );
    return {
      file,
      line: issue.row,
      field: 'spelling',
      message:
        `"${issue.text}" is not in the dictionary` +
        (suggestions.length > 0 ? ` (did you mean ${suggestions.map((word) => `"${word}"`).join(' or ')}?)` : '') +
        '; if it is right (a name, a tool, an acronym), add it to project-words.txt',
    };
  });
  return [...failures, ...problems];
}
