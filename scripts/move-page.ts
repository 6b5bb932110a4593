// Moves a handbook page without breaking a link to it: `git mv`, then every
// link to it in docs and blog, the page ids in the data files and the config
// rewritten, a redirect from the old address added to src/data/redirects.yml,
// and .github/CODEOWNERS regenerated. A refused move changes nothing.
//
// Try: npm run move -- docs/culture/culture-deck.md docs/culture/the-culture-deck.md
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { readContentVocabulary } from '../src/content/schema.ts';
import { CODEOWNERS_FILE, renderCodeowners } from './check-content/codeowners.ts';
import { readSourcePages } from './check-content/pages.ts';
import { MoveError, planMove, type MovePlan } from './move-page/plan-move.ts';

const USAGE = 'usage: npm run move -- <old file> <new file>, e.g. docs/culture/a.md docs/culture/b.md';

function git(siteDir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Carries out a plan: the git move first (if git refuses, nothing has changed), then the rewrites. */
export function applyMove(siteDir: string, plan: MovePlan): void {
  const { oldFile, newFile } = plan.move;
  try {
    git(siteDir, ['ls-files', '--error-unmatch', '--', oldFile]);
  } catch {
    throw new MoveError(`${oldFile} is not tracked by git; commit it first, or move it with mv`);
  }
  mkdirSync(dirname(join(siteDir, newFile)), { recursive: true });
  git(siteDir, ['mv', '--', oldFile, newFile]);
  for (const [file, text] of plan.writes) writeFileSync(join(siteDir, file), text);
  if (existsSync(join(siteDir, CODEOWNERS_FILE))) {
    const { vocabulary } = readContentVocabulary(siteDir);
    writeFileSync(join(siteDir, CODEOWNERS_FILE), renderCodeowners(readSourcePages(siteDir), vocabulary.owners));
  }
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'site-dir': { type: 'string', default: '.' } },
  });
  const [oldArg, newArg, ...extra] = positionals;
  if (oldArg === undefined || newArg === undefined || extra.length > 0) {
    console.error(`move: ${USAGE}`);
    return 1;
  }
  const siteDir = resolve(values['site-dir']);
  try {
    const plan = planMove(siteDir, process.cwd(), oldArg, newArg);
    applyMove(siteDir, plan);
    const { move } = plan;
    console.log(`move: ${move.oldFile} -> ${move.newFile}`);
    for (const [file, count] of plan.rewrites)
      console.log(`  ${file}: ${count} reference${count === 1 ? '' : 's'} rewritten`);
    console.log(
      plan.redirectAdded
        ? `  redirect ${move.oldUrl} -> ${move.newUrl} added to src/data/redirects.yml`
        : `  its address ${move.newUrl} is unchanged (a slug pins it): no redirect needed`,
    );
    console.log('Review the change with git diff, then run npm run check:content.');
    return 0;
  } catch (error) {
    if (error instanceof MoveError) {
      console.error(`move: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
