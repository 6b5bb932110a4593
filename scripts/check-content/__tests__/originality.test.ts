import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { useTempDirs } from '../../../tests/support/temp-site.ts';
import { formatProblem } from '../../../src/content/schema.ts';
import { checkOriginality, originalitySkipReason } from '../originality.ts';

// The real tool and the source material live outside the repository, so these
// tests drive the wrapper with a stand-in tool that prints what the real one
// prints (`file: N words shared with the source: "..."`, exit 1 on a finding).
// .ci/run runs the real tool wherever it exists.

const tempDir = useTempDirs();

function siteWith(body: string): string {
  return tempDir('handbook-originality-', { 'docs/page.md': `---\ntitle: T\n---\n\n${body}\n` });
}

/** A stand-in tool that, run in the site folder, prints `stdout` for a page it can read there. */
function fakeTool({ stdout = '', stderr = '', status }: { stdout?: string; stderr?: string; status: number }): string {
  const tool = join(tempDir('handbook-fake-tool-'), 'check-originality.mjs');
  writeFileSync(
    tool,
    [
      "import { existsSync } from 'node:fs';",
      "if (!existsSync('docs/page.md')) { console.error('run outside the site folder'); process.exit(2); }",
      `process.stdout.write(${JSON.stringify(stdout)});`,
      `process.stderr.write(${JSON.stringify(stderr)});`,
      `process.exit(${status});`,
    ].join('\n'),
  );
  return tool;
}

const COPIED = 'the quick brown fox jumps over the lazy dog every single morning';

describe('checkOriginality, with a stand-in for the shared tool', () => {
  test.each([
    ['the tool finds nothing', 'Our own words.', { stdout: 'originality: no run of 8+ words\n', status: 0 }, []],
    [
      'a finding: the line is where its first words start, across punctuation and line breaks',
      'Intro line.\n\nThe quick, brown fox jumps\nover the lazy dog every single morning.',
      {
        stdout: `docs/page.md: 12 words shared with the source: "${COPIED}"\n1 run(s) of 8+ words copied\n`,
        status: 1,
      },
      [
        `docs/page.md:7: originality: 12 words are copied from the source material ("${COPIED}"); retell the facts in your own words`,
      ],
    ],
    [
      'two findings in one page, each on its own line',
      'First line.\n\nfirst copied run of words here\n\nsecond copied run of words there',
      {
        stdout:
          'docs/page.md: 8 words shared with the source: "first copied run of words here"\n' +
          'docs/page.md: 9 words shared with the source: "second copied run of words there"\n',
        status: 1,
      },
      [/^docs\/page\.md:7: originality: 8 words are copied/, /^docs\/page\.md:9: originality: 9 words are copied/],
    ],
    [
      'the tool fails without a finding: its own message is the problem',
      'Text.',
      { stderr: 'check-originality: no source material found in /x\n', status: 2 },
      ['package.json:1: originality: the originality tool failed: check-originality: no source material found in /x'],
    ],
  ])(
    '%s',
    async (_, body, tool, expected) => {
      const problems = (await checkOriginality(siteWith(body), fakeTool(tool))).map(formatProblem);
      expect(problems).toHaveLength(expected.length);
      expected.forEach((line, index) =>
        typeof line === 'string' ? expect(problems[index]).toBe(line) : expect(problems[index]).toMatch(line),
      );
    },
    // Each case starts a Node process: several seconds on a busy two-core host.
    20_000,
  );
});

describe('originalitySkipReason', () => {
  test('a missing tool gives one reason that names where it looked', () => {
    expect(originalitySkipReason('/nowhere/check-originality.mjs')).toMatch(
      /^the originality check was skipped: its tool is not at \/nowhere\/check-originality\.mjs \(/,
    );
  });

  test('a tool in place gives no reason, so the check runs', () => {
    expect(originalitySkipReason(fakeTool({ status: 0 }))).toBeNull();
  });
});
