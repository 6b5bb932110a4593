// The print edition: one HTML page holding a cover, a table of contents and
// every page of the packet, taken from the built pages themselves, so the
// PDF shows exactly the text, highlighted code and diagrams a reader sees.
// Links between pages become links inside the document (#<page>--<id>), and
// every id is prefixed with its page's name so two pages' "related-pages"
// headings stay apart. See design/print-packet.md.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { Parser } from 'htmlparser2';

export type PacketPage = {
  kind: 'doc' | 'blog';
  /** The page's address with the base URL, as the build links to it. */
  permalink: string;
  title: string;
  /** The page's built HTML. */
  html: string;
};

export type PrintEditionSite = {
  title: string;
  tagline: string;
  /** The deployed site's origin, e.g. https://handbook.example.com. */
  siteUrl: string;
  baseUrl: string;
  /** e.g. "December 2, 2026" */
  builtOn: string;
  /** Short commit hash, or null outside git. */
  commit: string | null;
  /** The <link rel=stylesheet> hrefs of the built pages. */
  stylesheets: readonly string[];
  /** The built pages' icon (a browser asks for /favicon.ico without one). */
  icon?: string;
};

/** The name a page's section gets in the document: its address without the base URL, e.g. docs-culture-culture-deck. */
export function anchorName(permalink: string, baseUrl: string): string {
  const path = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  return (
    path
      .replace(/\/+$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'home'
  );
}

/** Attributes that hold id references, rewritten with the ids they point to (lower case, as built pages spell them). */
const ID_REFERENCE_ATTRIBUTES = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']);

/** One piece of a built page, as the tokenizer reports it; end tags the page leaves out are implied, with no text. */
type Token =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; source: string }
  | { kind: 'text'; source: string };

/**
 * A built page's HTML as a flat list of start tags, text and end tags
 * (comments left out). Text and end tags keep their source; start tags are
 * written anew, since the edition rewrites their ids and links. A streaming
 * tokenizer instead of a parsed tree: the edition only copies and renames,
 * and at 2,000 pages building trees and printing them back took most of the
 * packet's build time (design/print-packet.md).
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let lastOpenEnd = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        tokens.push({ kind: 'open', name, attributes, selfClosing: false });
        lastOpenEnd = parser.endIndex;
      },
      ontext() {
        tokens.push({ kind: 'text', source: html.slice(parser.startIndex, parser.endIndex + 1) });
      },
      onclosetag(_name, implied) {
        const last = tokens.at(-1);
        // Closed by its own start tag: `<path d="…"/>` (a void element without the slash, such as <img>, is closed there too).
        if (implied && last?.kind === 'open' && parser.endIndex === lastOpenEnd) {
          last.selfClosing = html.charCodeAt(parser.endIndex - 1) === 47;
        }
        tokens.push({ kind: 'close', source: implied ? '' : html.slice(parser.startIndex, parser.endIndex + 1) });
      },
    },
    { recognizeSelfClosing: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return tokens;
}

/** The index of the end tag that closes the element opened at `open` (every start tag gets one, implied or not). */
function closingIndex(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'open') depth++;
    else if (token?.kind === 'close' && --depth === 0) return index;
  }
  return tokens.length - 1;
}

function classesOf(attributes: Record<string, string>): string[] {
  return (attributes.class ?? '').split(/\s+/);
}

/** What a printed page leaves out: controls, heading permalinks, the glossary's hover tips. */
function isDropped(token: Extract<Token, { kind: 'open' }>): boolean {
  const classes = classesOf(token.attributes);
  return (
    token.name === 'button' ||
    token.name === 'script' ||
    classes.includes('hash-link') ||
    classes.includes('glossary-term__tip')
  );
}

const attribute = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

/** An id reference attribute, written once the page's ids are known: references to ids the edition left out go. */
type Reference = { name: string; ids: string[] };

/**
 * The token ranges a page contributes: its Markdown body (docs: without the
 * title header, which the edition writes itself; posts: with the source
 * credit first).
 */
function contentRanges(tokens: readonly Token[], file: string): [number, number][] {
  const firstOpen = (test: (token: Extract<Token, { kind: 'open' }>) => boolean) =>
    tokens.findIndex((token) => token.kind === 'open' && test(token));
  const markdown = firstOpen((token) => classesOf(token.attributes).includes('markdown'));
  if (markdown < 0) {
    throw new Error(
      `${file}: print-packet: no element with class "markdown" (the page body); is this a built doc or post?`,
    );
  }
  const ranges: [number, number][] = [];
  const credit = firstOpen((token) => token.attributes['data-source-credit'] !== undefined);
  if (credit >= 0) ranges.push([credit, closingIndex(tokens, credit) + 1]);
  const end = closingIndex(tokens, markdown);
  for (let index = markdown + 1; index < end;) {
    const token = tokens[index];
    const next = token?.kind === 'open' ? closingIndex(tokens, index) + 1 : index + 1;
    if (!(token?.kind === 'open' && token.name === 'header')) ranges.push([index, next]);
    index = next;
  }
  return ranges;
}

/**
 * A page's content for the print edition: every id named after the page,
 * links between packet pages turned into links inside the document, left-out
 * pieces gone, and references to ids that went with them dropped.
 */
function rewritePage(
  tokens: readonly Token[],
  ranges: readonly [number, number][],
  anchor: string,
  resolveLink: (href: string) => string,
): string {
  const parts: (string | Reference)[] = [];
  // The section and its title, which the edition adds around the content.
  const ids = new Set<string>([anchor, `${anchor}--title`]);
  for (const [from, to] of ranges) {
    // Whether each open element is inside an <svg>: a diagram's ids are unique already (named after
    // the diagram's source) and its styles refer to them, so they stay as they are.
    const inSvg: boolean[] = [];
    for (let index = from; index < to; index++) {
      const token = tokens[index];
      if (!token) break;
      if (token.kind !== 'open') {
        if (token.kind === 'close') inSvg.pop();
        parts.push(token.source);
        continue;
      }
      if (isDropped(token)) {
        index = closingIndex(tokens, index);
        continue;
      }
      const svg = (inSvg.at(-1) ?? false) || token.name === 'svg';
      inSvg.push(svg);
      // Outside a diagram every id is named after the page.
      const rename = (id: string) => (svg ? id : `${anchor}--${id}`);
      const isLink = !svg && token.name === 'a';
      let tag = `<${token.name}`;
      for (const [name, value] of Object.entries(token.attributes)) {
        const lower = name.toLowerCase();
        if (lower === 'id') {
          ids.add(rename(value));
          tag += attribute(name, rename(value));
        } else if (ID_REFERENCE_ATTRIBUTES.has(lower)) {
          const referenced = value.split(/\s+/).filter(Boolean).map(rename);
          if (lower === 'for') tag += attribute(name, referenced.join(' '));
          else {
            parts.push(tag, { name, ids: referenced });
            tag = '';
          }
        } else if (!(isLink && lower === 'target')) {
          tag += attribute(name, isLink && lower === 'href' ? resolveLink(value) : value);
        }
      }
      parts.push(`${tag}${token.selfClosing ? '/>' : '>'}`);
    }
  }
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const left = part.ids.filter((id) => ids.has(id));
      return left.length > 0 ? attribute(part.name, left.join(' ')) : '';
    })
    .join('');
}

/**
 * The page's <main> element, where the theme puts a doc's or a post's body:
 * reading only that skips the navbar, sidebar and footer, most of a built
 * page's bytes (a sidebar category of a thousand pages is a thousand links).
 * The whole page when it has no <main>.
 */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The print edition's HTML: cover, contents (page numbers filled in when printed) and every page in order. */
export function printEditionHtml(site: PrintEditionSite, pages: readonly PacketPage[]): string {
  const origin = new URL(site.siteUrl).origin;
  const anchors = new Map(
    pages.map((page) => [page.permalink.replace(/\/+$/, ''), anchorName(page.permalink, site.baseUrl)]),
  );
  if (new Set(anchors.values()).size !== pages.length) throw new Error('print-packet: two pages share an address');

  const sections: string[] = pages.map((page) => {
    const anchor = anchorName(page.permalink, site.baseUrl);
    const base = new URL(page.permalink, origin);
    const resolveLink = (href: string): string => {
      if (href.startsWith('#'))
        return href.length > 1 ? `#${anchor}--${decodeURIComponent(href.slice(1))}` : `#${anchor}`;
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        return href;
      }
      if (url.origin !== origin) return href;
      const target = anchors.get(url.pathname.replace(/\/+$/, ''));
      if (target === undefined) return url.toString();
      const fragment = decodeURIComponent(url.hash.slice(1));
      return fragment ? `#${target}--${fragment}` : `#${target}`;
    };
    const tokens = tokenize(mainOf(page.html));
    const content = rewritePage(tokens, contentRanges(tokens, `${page.permalink}.html`), anchor, resolveLink);
    const title = escapeHtml(`${anchor}--title`);
    return `<section class="packet-page" id="${escapeHtml(anchor)}" aria-labelledby="${title}"><h1 id="${title}">${escapeHtml(page.title)}</h1>${content}</section>`;
  });

  const contents = element('nav', { className: ['packet-contents'], ariaLabelledBy: ['packet-contents'] }, [
    element('h1', { id: 'packet-contents' }, [text('Contents')]),
    element(
      'ol',
      {},
      pages.map((page) => {
        const anchor = anchorName(page.permalink, site.baseUrl);
        return element('li', {}, [
          element('a', { href: `#${anchor}` }, [
            element('span', { className: ['packet-contents__title'] }, [
              text(page.kind === 'blog' ? `Blog: ${page.title}` : page.title),
            ]),
            element('span', { className: ['packet-contents__page'], dataPageOf: anchor }, []),
          ]),
        ]);
      }),
    ),
  ]);

  const cover = element('header', { className: ['packet-cover'] }, [
    element('h1', {}, [text(site.title)]),
    element('p', { className: ['packet-cover__tagline'] }, [text(site.tagline)]),
    element('p', {}, [
      text('The first-week packet: every page of the handbook in reading order, the glossary and the blog.'),
    ]),
    element('p', { className: ['packet-cover__build'] }, [
      text(`Built on ${site.builtOn}${site.commit ? ` from commit ${site.commit}` : ''}. The current version is at `),
      element('a', { href: `${origin}${site.baseUrl}` }, [text(`${origin}${site.baseUrl}`)]),
      text('.'),
    ]),
  ]);

  const front: Root = { type: 'root', children: [cover, contents] as RootContent[] };

  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(site.title)}: first-week packet</title>`,
    '<meta name="robots" content="noindex, nofollow">',
    `<meta name="print-packet:base-url" content="${escapeHtml(site.baseUrl)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(site.icon ? [`<link rel="icon" href="${escapeHtml(site.icon)}">`] : []),
    ...site.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    `<style>${PRINT_CSS}</style>`,
  ].join('\n');
  return `<!doctype html>\n<html lang="en" dir="ltr" data-theme="light">\n<head>\n${head}\n</head>\n<body>\n<main>${toHtml(front)}${sections.join('')}</main>\n</body>\n</html>\n`;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Page numbers of the contents, keyed by page anchor; the printer fills them in on its second pass. */
export function withPageNumbers(html: string, pageOf: ReadonlyMap<string, number>): string {
  return html.replace(
    /(<span class="packet-contents__page" data-page-of="([^"]+)">)(\d*)(<\/span>)/g,
    (_match, open: string, anchor: string, _old: string, close: string) => `${open}${pageOf.get(anchor) ?? ''}${close}`,
  );
}

/** The anchors the contents lists, in order. */
export function contentsAnchors(html: string): string[] {
  return [...html.matchAll(/<span class="packet-contents__page" data-page-of="([^"]+)">/g)].map(
    (match) => match[1] ?? '',
  );
}

// Page breaks before each page, no site chrome, and link addresses kept
// readable. Margins and the page-number footer are set by the printer.
const PRINT_CSS = `
:root { --ifm-font-size-base: 11pt; }
body { margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
.packet-cover { min-height: 60vh; padding-top: 30vh; }
.packet-cover h1 { font-size: 2.4rem; }
.packet-cover__tagline { font-size: 1.25rem; }
.packet-contents, .packet-page { break-before: page; }
.packet-contents ol { list-style: none; padding: 0; }
.packet-contents li { margin: 0.2rem 0; }
.packet-contents a { display: flex; gap: 0.5rem; color: inherit; text-decoration: none; }
.packet-contents__title { flex: 1; border-bottom: 1px dotted currentColor; }
.packet-contents__page { min-width: 2.5rem; text-align: right; font-variant-numeric: tabular-nums; }
h1, h2, h3, h4 { break-after: avoid; }
pre, figure, table, blockquote, .admonition { break-inside: avoid; }
pre { white-space: pre-wrap; overflow: visible; }
img, svg { max-width: 100%; }
/* Chromium prints filtered or shadowed boxes as bitmaps: without Mermaid's drop shadows and the code blocks' shadow, diagrams and code stay vectors. */
.handbook-diagram svg, .handbook-diagram svg * { filter: none !important; }
main, main * { box-shadow: none !important; }
@media screen { .packet-contents__page { display: none; } }
`;
