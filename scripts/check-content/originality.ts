// Handbook prose must be our own words: the shared originality tool
// (outside the repository, in ../shared/tools) reports every run of eight or
// more words copied from the source material. It prints no line numbers, so
// the line is found by searching the file for the first words of the run.
// A clone without the shared folder has no source material to compare with,
// so the check is skipped there with one line saying so; .ci/run runs the
// tool itself wherever it exists.
//
// Try: node ../shared/tools/check-originality.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ContentProblem } from '../../src/content/schema.ts';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Where the tool lives: beside the repository, or wherever ORIGINALITY_TOOL says. */
const ORIGINALITY_TOOL =
  process.env.ORIGINALITY_TOOL ?? resolve(REPO_ROOT, '..', 'shared', 'tools', 'check-originality.mjs');

const FINDING = /^(.+?): (\d+) words shared with the source: "(.*)"$/;

function run(command: string, args: string[], cwd: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

/** The line where the words start, matched loosely across punctuation and line breaks. */
function lineOfWords(source: string, words: string): number {
  const firstWords = words.split(' ').slice(0, 6);
  const escaped = firstWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join("[^a-z0-9']+"), 'i').exec(source);
  return match ? source.slice(0, match.index).split('\n').length : 1;
}

/** Why the check cannot run here, or null when the tool is in place. */
export function originalitySkipReason(tool: string = ORIGINALITY_TOOL): string | null {
  if (existsSync(tool)) return null;
  return `the originality check was skipped: its tool is not at ${tool} (it lives in the team's shared folder beside the repository, with the source material it compares against; set ORIGINALITY_TOOL to run it from elsewhere)`;
}

export async function checkOriginality(siteDir: string, tool: string = ORIGINALITY_TOOL): Promise<ContentProblem[]> {
  const result = await run(process.execPath, [tool], siteDir);
  if (result.status === 0) return [];
  const problems: ContentProblem[] = [];
  for (const line of result.stdout.split('\n')) {
    const finding = FINDING.exec(line);
    if (!finding) continue;
    const [, file = '', count = '', words = ''] = finding;
    let source = '';
    try {
      source = readFileSync(join(siteDir, file), 'utf8');
    } catch {
      // The tool named a file it read a moment ago; without it the line stays 1.
    }
    problems.push({
      file,
      line: lineOfWords(source, words),
      field: 'originality',
      message: `${count} words are copied from the source material ("${words}"); retell the facts in your own words`,
    });
  }
  if (problems.length === 0) {
    const output = (result.stderr || result.stdout).trim();
    problems.push({
      file: 'package.json',
      line: 1,
      field: 'originality',
      message: `the originality tool failed: ${output}`,
    });
  }
  return problems;
}
