// What a page says, as the build's own features read it: the words a reader
// sees (reading time, the glossary's "Used on" lists), the links it writes
// (backlinks) and its top-level blocks (search sections).
//
// Those features all read the same bodies in one build, before bundling, so
// this sits on the build's critical path. markdown-it reads a body into a flat
// token stream about 50 times faster than remark's micromark builds a syntax
// tree (design/page-reading-at-build.md), and nothing here needs the tree. Each body is still read once per process and the digest shared.
// The content checks, which report line numbers, keep remark
// (scripts/check-content/parse-markdown.ts).
import MarkdownIt, { type Env, type Token } from 'markdown-it';

import { forgetInProcess, memoizeInProcess } from './process-memo.ts';

// CommonMark with raw HTML recognised (and then left out), plus GFM tables
// and strikethrough (markdown-it's default preset). Bare URLs stay text: they
// never point at another handbook page.
const markdown = new MarkdownIt('default', { html: true, linkify: false });
// Keep link destinations as written (escapes resolved), not percent-encoded.
markdown.normalizeLink = (url) => url;

/** A top-level block: a heading with its visible text (an explicit {#id} still in it), or any other block's text. */
type MarkdownBlock = { type: 'heading'; depth: number; text: string } | { type: 'content'; text: string };

export type MarkdownDigest = {
  /** Text, inline code and image alt text; code blocks and HTML left out. */
  readonly readableText: string;
  /** Every link destination (inline links, used and unused reference definitions), once each, in order of first use. */
  readonly links: readonly string[];
  readonly blocks: readonly MarkdownBlock[];
};

/** The visible pieces of an inline run: text, inline code, image alt text and line breaks; inline HTML left out. */
function inlineParts(children: readonly Token[] | null, parts: string[]): string[] {
  for (const token of children ?? []) {
    if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push('\n');
    else if (token.type === 'image') inlineParts(token.children, parts);
  }
  return parts;
}

/** The block-level tokens split into top-level blocks: a heading, a paragraph, a whole list, a table, a fence... */
function topLevelBlocks(tokens: readonly Token[]): Token[][] {
  const blocks: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (token.level === 0 && token.nesting !== 1) {
      blocks.push(current);
      current = [];
    }
  }
  return blocks;
}

/**
 * One pass over each top-level block: its inline runs feed the readable text
 * and the links, and with code the block's searchable text (prose, lists,
 * tables and code; raw HTML left out).
 */
function digest(body: string): MarkdownDigest {
  const env: Env = {};
  const readable: string[] = [];
  const links = new Set<string>();
  const blocks = topLevelBlocks(markdown.parse(body, env)).map((block): MarkdownBlock => {
    const texts: string[] = [];
    for (const token of block) {
      if (token.type === 'fence' || token.type === 'code_block') texts.push(token.content.replace(/\n$/, ''));
      if (token.type !== 'inline') continue;
      const parts = inlineParts(token.children, []);
      readable.push(...parts);
      texts.push(parts.join(''));
      for (const child of token.children ?? []) {
        const href = child.type === 'link_open' ? child.attrGet('href') : null;
        if (href !== null) links.add(String(href));
      }
    }
    const [first] = block;
    if (first?.type !== 'heading_open') return { type: 'content', text: texts.join(' ') };
    return { type: 'heading', depth: Number(first.tag.slice(1)), text: texts.join('') };
  });
  for (const reference of Object.values(env.references ?? {})) links.add(reference.href);
  return { readableText: readable.join(' '), links: [...links], blocks };
}

const DIGESTS = 'markdown-digests';

/** The digest of a Markdown body, read at most once per process. Treat it as read-only: it is shared. */
export const digestMarkdown: (markdown: string) => MarkdownDigest = memoizeInProcess(DIGESTS, digest);

/** Drops this thread's digests, for a worker that has no more use for them (each holds a page's text and blocks). */
export function forgetMarkdownDigests(): void {
  forgetInProcess(DIGESTS);
}

/**
 * The digest of a body read once only (an old revision of a page), outside
 * the process cache, so the history of every page does not fill it.
 */
export function digestMarkdownUncached(markdown: string): MarkdownDigest {
  return digest(markdown);
}

/** The words a reader sees on a page: text, inline code and image alt text; code blocks and HTML left out. */
export function readableText(markdown: string): string {
  return digestMarkdown(markdown).readableText;
}

/** Every link destination in a Markdown body, once each: inline links and reference definitions, in order of first use. */
export function linksInMarkdown(markdown: string): readonly string[] {
  return digestMarkdown(markdown).links;
}
