// Each docs folder's _category_.json names its section and sets its order.
// Broken JSON there fails only the build today, with a message that does not
// say where; this check names the file and the line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { ContentProblem } from '../../src/content/schema.ts';

const CATEGORY_FILE = '_category_.json';

/** The 1-based line of a JSON syntax error, from the position V8 puts in its message. */
function lineOfJsonError(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return 1;
  return text.slice(0, Number(position)).split('\n').length;
}

export function checkCategoryFiles(siteDir: string): ContentProblem[] {
  const docsDir = join(siteDir, 'docs');
  let entries;
  try {
    entries = readdirSync(docsDir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== CATEGORY_FILE) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(siteDir, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      problems.push({
        file,
        line: lineOfJsonError(text, message),
        field: 'JSON',
        message: `${message.replace(/ in JSON at position \d+.*$/, '')}; fix the syntax (keys and text in double quotes, a comma between entries, none after the last), e.g. { "label": "Culture", "position": 2 }`,
      });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
