// Every content check at once: front matter, links and anchors, Markdown
// style, spelling, originality, paragraph evidence, CODEOWNERS, redirects,
// text encoding, the MDX allow-list, the sections' _category_.json and the
// glossary's ids. Prints each problem as
// `file:line: field: what is wrong; how to fix it`, then one summary line,
// and exits 1 if there was any problem, so a contributor fixes them all in
// one pass instead of one per CI run. A check that cannot run on this
// machine (the originality tool outside the repository) prints one line
// saying it was skipped and why, and fails nothing.
//
// Try: npm run check:content
//      npm run check:content -- --site-dir tests/fixtures/mini-site
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { formatProblem, type ContentProblem } from '../src/content/schema.ts';
import { findUnlistedMdx } from '../src/plugins/safe-markdown/find-unlisted-mdx.ts';
import { checkCategoryFiles } from './check-content/categories.ts';
import { handbookDiagrams } from '../src/plugins/diagrams/index.ts';
import { checkDiagramBlocks } from '../src/plugins/diagrams/server/check-diagrams.ts';
import { checkCodeowners } from './check-content/codeowners.ts';
import { checkEncoding } from './check-content/encoding.ts';
import { checkFrontMatter } from './check-content/front-matter.ts';
import { checkGlossary } from './check-content/glossary.ts';
import { checkLinks } from './check-content/links.ts';
import { checkMarkdownStyle } from './check-content/markdown-style.ts';
import { checkOriginality, originalitySkipReason } from './check-content/originality.ts';
import { readSourcePages } from './check-content/pages.ts';
import { checkRedirects } from './check-content/redirects.ts';
import { checkParagraphEvidence } from './check-content/paragraph-evidence.ts';
import { checkSpelling } from './check-content/spelling.ts';

type Check = {
  name: string;
  run: () => ContentProblem[] | Promise<ContentProblem[]>;
  /** Why the check cannot run on this machine, or null when it can. */
  skipReason?: string | null;
};

export type ContentReport = {
  problems: ContentProblem[];
  failedChecks: string[];
  checkNames: string[];
  /** One line per check that did not run, saying why. */
  skipped: string[];
  pageCount: number;
};

export type ContentCheckOptions = {
  /** Where the originality tool is; defaults to ../shared/tools beside the repository. */
  originalityTool?: string;
};

/** Runs every check on a site folder and gathers all their problems, sorted by file and line. */
export async function runContentChecks(siteDir: string, options: ContentCheckOptions = {}): Promise<ContentReport> {
  const pages = readSourcePages(siteDir);
  const allChecks: Check[] = [
    { name: 'front matter', run: () => checkFrontMatter(siteDir, pages) },
    {
      name: 'encoding',
      run: () =>
        checkEncoding(
          siteDir,
          pages.map((page) => page.file),
        ),
    },
    { name: 'MDX allow-list', run: () => findUnlistedMdx(siteDir) },
    { name: 'categories', run: () => checkCategoryFiles(siteDir) },
    { name: 'glossary', run: () => checkGlossary(siteDir) },
    { name: 'links', run: () => checkLinks(siteDir, pages) },
    { name: 'CODEOWNERS', run: () => checkCodeowners(siteDir, pages) },
    { name: 'redirects', run: () => checkRedirects(siteDir, pages) },
    { name: 'markdownlint', run: () => checkMarkdownStyle(siteDir) },
    { name: 'spelling', run: () => checkSpelling(siteDir) },
    {
      name: 'originality',
      run: () => checkOriginality(siteDir, options.originalityTool),
      skipReason: originalitySkipReason(options.originalityTool),
    },
    { name: 'diagrams', run: () => checkDiagramBlocks(siteDir, handbookDiagrams(siteDir)) },
    { name: 'evidence', run: () => checkParagraphEvidence(siteDir, pages) },
  ];
  const checks = allChecks.filter((check) => !check.skipReason);
  // One check crashing must not hide the others' findings: its crash is one more problem.
  const results = await Promise.all(
    checks.map(async (check) => {
      try {
        return { check, problems: await check.run() };
      } catch (error) {
        const message = `the ${check.name} check crashed: ${(error as Error).message}`;
        return { check, problems: [{ file: 'scripts/check-content.ts', line: 1, field: check.name, message }] };
      }
    }),
  );
  return {
    problems: results
      .flatMap((result) => result.problems)
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    failedChecks: results.filter((result) => result.problems.length > 0).map((result) => result.check.name),
    checkNames: checks.map((check) => check.name),
    skipped: allChecks.flatMap((check) => (check.skipReason ? [`check:content: ${check.skipReason}`] : [])),
    pageCount: pages.length,
  };
}

/** The one line printed after the problems. */
export function summaryLine(report: ContentReport): string {
  const { problems, failedChecks, checkNames, pageCount } = report;
  const pages = `${pageCount} page${pageCount === 1 ? '' : 's'}`;
  if (problems.length === 0) return `check:content: ${pages} checked (${checkNames.join(', ')}): no problems`;
  return `check:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${pages} (${failedChecks.join(', ')}); fix them and run npm run check:content again`;
}

async function main() {
  const { values } = parseArgs({ options: { 'site-dir': { type: 'string', default: '.' } } });
  const report = await runContentChecks(resolve(values['site-dir']));
  for (const line of report.skipped) console.log(line);
  for (const problem of report.problems) console.error(formatProblem(problem));
  if (report.problems.length === 0) {
    console.log(summaryLine(report));
    return;
  }
  console.error(summaryLine(report));
  process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`check:content: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 2;
  });
}
