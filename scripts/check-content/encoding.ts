// Bytes that are not UTF-8 build without a word from Docusaurus and reach the
// reader as "�". Each line is decoded strictly, so the error names the line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ContentProblem } from '../../src/content/schema.ts';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LINE_FEED = 0x0a;

/** The 1-based lines of a file's bytes that are not valid UTF-8. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(LINE_FEED, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      STRICT_UTF8.decode(bytes.subarray(start, end));
    } catch {
      lines.push(line);
    }
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  return lines;
}

export function checkEncoding(siteDir: string, files: readonly string[]): ContentProblem[] {
  return files.flatMap((file) =>
    invalidUtf8Lines(readFileSync(join(siteDir, file))).map((line) => ({
      file,
      line,
      field: 'encoding',
      message:
        'this line has bytes that are not valid UTF-8 and would show as "�" on the page; retype the odd characters, or save the file as UTF-8 in your editor',
    })),
  );
}
