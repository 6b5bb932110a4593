// Checks every link from docs and blog to another site, and says per page
// owner which ones are broken (exit 1) or moved (a warning, exit 0).
// It asks the internet, so it is not part of npm test; a weekly workflow
// runs it (.github/workflows/external-links.yml). Why it works the way it
// does: design/external-link-check.md.
//
// Try: npm run check:external-links
//      npm run check:external-links -- --json --no-cache
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { checkSiteLinks } from './external-links/check-site.ts';
import { renderIssueBody, renderJson, renderText } from './external-links/report.ts';

const USAGE =
  'usage: npm run check:external-links -- [--json] [--no-cache] [--issue-body <file>] [--timeout <seconds>] [--retries <n>] [--per-host <n>]';

class UsageError extends Error {}

/** A number from the command line, or a message saying which option is wrong and how. */
function numberOption(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value < min) {
    throw new UsageError(`--${name} "${text}" is not a number of at least ${min}; e.g. --${name} ${Math.max(min, 2)}`);
  }
  return value;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'issue-body': { type: 'string' },
        timeout: { type: 'string', default: '15' },
        retries: { type: 'string', default: '2' },
        'per-host': { type: 'string', default: '2' },
        // Tests shorten the waits; a real site deserves the defaults.
        backoff: { type: 'string', default: '1' },
        'max-retry-after': { type: 'string', default: '60' },
        'site-dir': { type: 'string', default: '.' },
      },
    }).values;
  } catch (error) {
    console.error(`check:external-links: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }

  try {
    const report = await checkSiteLinks({
      siteDir: resolve(values['site-dir']),
      useCache: !values['no-cache'],
      timeoutMs: numberOption('timeout', values.timeout, 0.01) * 1000,
      retries: numberOption('retries', values.retries, 0),
      perHost: numberOption('per-host', values['per-host'], 1),
      backoffMs: numberOption('backoff', values.backoff, 0) * 1000,
      maxRetryAfterMs: numberOption('max-retry-after', values['max-retry-after'], 0) * 1000,
      userAgent: 'engineering-culture-handbook-link-check (+npm run check:external-links)',
    });
    process.stdout.write(values.json ? renderJson(report) : renderText(report));
    if (values['issue-body'] !== undefined) {
      writeFileSync(values['issue-body'], renderIssueBody(report, process.env.RUN_URL));
    }
    return report.broken > 0 ? 1 : 0;
  } catch (error) {
    // Exit 2, not 1: the weekly workflow must not read "could not check" as "links are broken" or as "all fixed".
    const message = error instanceof UsageError ? `${error.message}\n${USAGE}` : (error as Error).message;
    console.error(`check:external-links: ${message}`);
    return 2;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
