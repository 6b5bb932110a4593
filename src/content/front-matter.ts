// Splits a Markdown file into its YAML front matter and its body, keeping the
// line where each starts so errors can point at the right line.
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';

export type FrontMatterSplit = {
  /** The YAML between the --- fences, or '' when the file has none. */
  yamlText: string;
  /** 1-based line of the first YAML line in the file. */
  yamlStartLine: number;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
};

const FENCE = /^---[ \t]*\r?$/;

/**
 * A Markdown file's text as Docusaurus reads it: without the byte-order mark
 * and the CRLF line endings some Windows editors write. Line numbers stay the same.
 */
export function readMarkdownFile(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
}

export function splitFrontMatter(source: string): FrontMatterSplit {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { yamlText: '', yamlStartLine: 1, body: source, bodyStartLine: 1 };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return { yamlText: '', yamlStartLine: 1, body: source, bodyStartLine: 1 };
  }
  return {
    yamlText: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}

/** Parses front matter YAML into a document that knows where each key sits. */
export function parseFrontMatterYaml(yamlText: string): Document {
  return parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
}
