// Markdown style through markdownlint-cli2's programmatic API, with the rules
// in .markdownlint-cli2.jsonc, reported in our `file:line: field: message` form.
//
// Try: npx markdownlint-cli2 "docs/**/*.md"
import type { MarkdownlintResult } from 'markdownlint-cli2';

import type { ContentProblem } from '../../src/content/schema.ts';

const MARKDOWN_GLOBS = ['docs/**/*.{md,mdx}', 'blog/**/*.{md,mdx}', 'CONTRIBUTING.md', '.github/**/*.md'];

export async function checkMarkdownStyle(siteDir: string): Promise<ContentProblem[]> {
  const results: MarkdownlintResult[] = [];
  const collect = (options: { results: MarkdownlintResult[] }) => {
    results.push(...options.results);
  };
  // An ES module: loaded with import() from these CommonJS-compiled scripts.
  const { main: markdownlintCli2 } = await import('markdownlint-cli2');
  await markdownlintCli2({
    directory: siteDir,
    argv: [...MARKDOWN_GLOBS, '#node_modules'],
    optionsOverride: { outputFormatters: [[collect]] },
    logMessage: () => undefined,
    logError: () => undefined,
  });
  return results.map((result) => {
    const [ruleId, alias] = result.ruleNames;
    const detail = result.errorDetail ? ` (${result.errorDetail})` : '';
    const context = result.errorContext ? ` near "${result.errorContext}"` : '';
    return {
      file: result.fileName,
      line: result.lineNumber,
      field: alias ? `${ruleId}/${alias}` : (ruleId ?? 'markdownlint'),
      message: `${result.ruleDescription}${detail}${context}; see ${result.ruleInformation ?? 'https://github.com/DavidAnson/markdownlint'}`,
    };
  });
}
