// The glossary's entries are linked by id (#flame-graph), so two entries with
// one id would make one of them unreachable. The build already stops on it
// (src/plugins/glossary/server/glossary.ts); this check names the line of each repeat.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

import { GLOSSARY_FILE } from '../../src/plugins/glossary/server/glossary.ts';
import type { ContentProblem } from '../../src/content/schema.ts';

export function checkGlossary(siteDir: string, file: string = GLOSSARY_FILE): ContentProblem[] {
  const path = join(siteDir, file);
  if (!existsSync(path)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      line: lineAt(error.pos[0]),
      field: 'YAML',
      message: `${error.message.split('\n')[0] ?? error.message}; fix the syntax (quote a value that contains ": ")`,
    }));
  }
  if (!isSeq(document.contents)) return [];
  const firstLineOfId = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const item of document.contents.items) {
    if (!isMap(item)) continue;
    const idNode = item.get('id', true);
    if (!isScalar(idNode) || typeof idNode.value !== 'string' || !idNode.range) continue;
    const id = idNode.value;
    const line = lineAt(idNode.range[0]);
    const first = firstLineOfId.get(id);
    if (first === undefined) {
      firstLineOfId.set(id, line);
      continue;
    }
    problems.push({
      file,
      line,
      field: 'id',
      message: `"${id}" is already the id of the entry on line ${first}; give each term its own id (links to #${id} reach only one of them)`,
    });
  }
  return problems;
}
