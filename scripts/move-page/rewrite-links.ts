// Rewrites the Markdown links of one file that point at a moved page. Links
// are found by parsing (remark), not by pattern, so a path in a code block or
// in prose is left alone; only the URL's own characters are replaced.
import { posix } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

import { splitFrontMatter } from '../../src/content/front-matter.ts';

export type PageMove = {
  /** Site-relative source files, e.g. docs/culture/a.md. */
  oldFile: string;
  newFile: string;
  /** Site paths of the page before and after (equal when a slug pins the URL). */
  oldUrl: string;
  newUrl: string;
};

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Splits a URL into its path and the query or fragment after it. */
function splitUrl(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

function relativeLink(fromFile: string, toFile: string): string {
  const path = posix.relative(posix.dirname(fromFile), toFile);
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The new form of one link URL written in `file` (which now lives at
 * `fileNow`), or undefined when the link does not need to change.
 */
function rewriteUrl(url: string, file: string, fileNow: string, move: PageMove): string | undefined {
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) return undefined;
  const [path, rest] = splitUrl(url);
  if (path.startsWith('/')) {
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
    return trimmed === move.oldUrl && move.oldUrl !== move.newUrl ? `${move.newUrl}${rest}` : undefined;
  }
  if (path.startsWith('@site/')) {
    return path.slice('@site/'.length) === move.oldFile ? `@site/${move.newFile}${rest}` : undefined;
  }
  let target: string;
  try {
    target = posix.normalize(posix.join(posix.dirname(file), decodeURI(path)));
  } catch {
    return undefined;
  }
  const targetNow = target === move.oldFile ? move.newFile : target;
  // A link from the moved page to its neighbours changes when its folder does.
  if (targetNow === target && file === fileNow) return undefined;
  const rewritten = `${relativeLink(fileNow, targetNow)}${rest}`;
  return rewritten === url ? undefined : rewritten;
}

type Edit = { start: number; end: number; text: string };

/** Where the URL of a link, image or definition starts in the node's source, or -1. */
function urlOffset(source: string, start: number, end: number, url: string, kind: string): number {
  const slice = source.slice(start, end);
  const opener = kind === 'definition' ? ']:' : '](';
  const at = slice.lastIndexOf(opener, slice.lastIndexOf(url));
  if (at === -1) return -1;
  let index = at + 2;
  while (index < slice.length && /[\s<]/.test(slice[index] ?? '')) index++;
  return slice.startsWith(url, index) ? start + index : -1;
}

/**
 * The file's text with its links to the moved page (and, for the moved page
 * itself, its relative links) rewritten; `count` is how many changed.
 */
export function rewriteLinks(
  source: string,
  file: string,
  fileNow: string,
  move: PageMove,
): { text: string; count: number } {
  // Blank out the front matter, keeping offsets, so it is not read as Markdown.
  const { body } = splitFrontMatter(source);
  const masked = source.slice(0, source.length - body.length).replace(/[^\n]/g, ' ') + body;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(masked) as Root;
  const edits: Edit[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const rewritten = rewriteUrl(node.url, file, fileNow, move);
    if (rewritten === undefined) return;
    const at = urlOffset(source, start, end, node.url, node.type);
    if (at !== -1) edits.push({ start: at, end: at + node.url.length, text: rewritten });
  });
  let text = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return { text, count: edits.length };
}

/**
 * A YAML data file with the page id `oldId` replaced by `newId` where a
 * `page:` value (source facts) or a `pages: [...]` item (glossary) names it.
 */
export function rewritePageIds(text: string, oldId: string, newId: string): { text: string; count: number } {
  const escaped = oldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const item = new RegExp(`(?<=[[,:]\\s*)(["']?)${escaped}\\1(?=\\s*(?:[\\],#]|$))`, 'g');
  let count = 0;
  const lines = text.split('\n').map((line) => {
    if (!/^\s*(?:-\s+)?pages?:/.test(line)) return line;
    return line.replace(item, (_match, quote: string) => {
      count++;
      return `${quote}${newId}${quote}`;
    });
  });
  return { text: lines.join('\n'), count };
}

/** Quoted occurrences of the old URL in TypeScript config ('/docs/a' in a footer or navbar item). */
export function rewriteQuotedUrl(text: string, oldUrl: string, newUrl: string): { text: string; count: number } {
  if (oldUrl === newUrl) return { text, count: 0 };
  let count = 0;
  const escaped = oldUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rewritten = text.replace(
    new RegExp(`(['"\`])${escaped}([#?][^'"\`]*)?\\1`, 'g'),
    (_m, quote: string, rest = '') => {
      count++;
      return `${quote}${newUrl}${rest}${quote}`;
    },
  );
  return { text: rewritten, count };
}
