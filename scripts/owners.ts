// Writes .github/CODEOWNERS from the pages' `owner` front matter, or with
// --check says whether the committed file is still what the pages say.
//
// Try: npm run owners
//      npm run owners -- --check
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { formatProblem, readContentVocabulary } from '../src/content/schema.ts';
import { checkCodeowners, CODEOWNERS_FILE, renderCodeowners } from './check-content/codeowners.ts';
import { checkFrontMatter } from './check-content/front-matter.ts';
import { readSourcePages } from './check-content/pages.ts';

function main() {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, 'site-dir': { type: 'string', default: '.' } },
  });
  const siteDir = resolve(values['site-dir']);
  const pages = readSourcePages(siteDir);

  // A page without a valid owner would silently fall to the catch-all line; stop and say which.
  const ownerProblems = checkFrontMatter(siteDir, pages).filter(
    (problem) => problem.field === 'owner' || problem.file === 'src/data/owners.yml' || problem.field === 'YAML',
  );
  if (ownerProblems.length > 0) {
    for (const problem of ownerProblems) console.error(formatProblem(problem));
    console.error('owners: fix the owner fields above, then run npm run owners again');
    process.exitCode = 1;
    return;
  }

  if (values.check) {
    const problems = checkCodeowners(siteDir, pages);
    for (const problem of problems) console.error(formatProblem(problem));
    if (problems.length > 0) {
      process.exitCode = 1;
      return;
    }
    console.log(`owners: ${CODEOWNERS_FILE} is up to date`);
    return;
  }

  const { vocabulary } = readContentVocabulary(siteDir);
  writeFileSync(join(siteDir, CODEOWNERS_FILE), renderCodeowners(pages, vocabulary.owners));
  const docCount = pages.filter((page) => page.kind === 'doc').length;
  console.log(`owners: wrote ${CODEOWNERS_FILE} (${docCount} docs); commit it with your change`);
}

try {
  main();
} catch (error) {
  console.error(`owners: ${(error as Error).message}`);
  process.exitCode = 1;
}
