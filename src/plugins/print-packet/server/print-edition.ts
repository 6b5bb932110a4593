// The print edition: one HTML page holding a cover, a table of contents and
// every page of the packet, taken from the built pages themselves, so the
// PDF shows exactly the text, highlighted code and diagrams a reader sees.
// Links between pages become links inside the document (#<page>--<id>), and
// every id is prefixed with its page's name so two pages' "related-pages"
// headings stay apart. See design/print-packet.md.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'parse5';

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

/** Attributes that hold id references, rewritten with the ids they point to. */
const ID_REFERENCE_ATTRIBUTES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

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

function classesOf(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** What a printed page leaves out: controls, heading permalinks, the glossary's hover tips. */
function isDropped(node: Element): boolean {
  const classes = classesOf(node);
  return (
    node.tagName === 'button' ||
    node.tagName === 'script' ||
    classes.includes('hash-link') ||
    classes.includes('glossary-term__tip')
  );
}

/** Rewrites a page's content for the print edition, in place. */
function rewritePage(
  nodes: ElementContent[],
  anchor: string,
  resolveLink: (href: string) => string,
  inSvg = false,
): ElementContent[] {
  const kept: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'comment') continue;
    if (node.type !== 'element') {
      kept.push(node);
      continue;
    }
    if (isDropped(node)) continue;
    const svg = inSvg || node.tagName === 'svg';
    // A diagram's ids are unique already (named after the diagram's source) and its styles refer to them.
    if (!svg) {
      const { properties } = node;
      if (typeof properties.id === 'string') properties.id = `${anchor}--${properties.id}`;
      for (const name of ID_REFERENCE_ATTRIBUTES) {
        const value = properties[name];
        if (Array.isArray(value)) properties[name] = value.map((id) => `${anchor}--${String(id)}`);
        else if (typeof value === 'string') properties[name] = [`${anchor}--${value}`];
      }
      if (node.tagName === 'a' && typeof properties.href === 'string') {
        properties.href = resolveLink(properties.href);
        delete properties.target;
      }
    }
    node.children = rewritePage(node.children, anchor, resolveLink, svg);
    kept.push(node);
  }
  return kept;
}

/** Removes references to ids the edition no longer has (the glossary tips it leaves out). */
function dropDanglingReferences(root: Root) {
  const ids = new Set<string>();
  const collect = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (typeof child.properties.id === 'string') ids.add(child.properties.id);
      collect(child);
    }
  };
  collect(root);
  const prune = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const name of ID_REFERENCE_ATTRIBUTES) {
        const value = child.properties[name];
        if (value === undefined || name === 'htmlFor') continue;
        const left = (Array.isArray(value) ? value : [value]).map(String).filter((id) => ids.has(id));
        child.properties[name] = left.length > 0 ? left : undefined;
      }
      prune(child);
    }
  };
  prune(root);
}

/**
 * The HTML a page contributes: its Markdown body (docs: without the title
 * header, which the edition writes itself; posts: with the source credit).
 */
function pageContent(page: PacketPage, file: string): ElementContent[] {
  const tree = parseHtml(mainOf(page.html));
  const markdown = findElement(tree, (element) => classesOf(element).includes('markdown'));
  if (!markdown) {
    throw new Error(
      `${file}: print-packet: no element with class "markdown" (the page body); is this a built doc or post?`,
    );
  }
  const credit = findElement(tree, (element) => element.properties.dataSourceCredit !== undefined);
  const body = markdown.children.filter((child) => !(child.type === 'element' && child.tagName === 'header'));
  return [...(credit ? [credit] : []), ...body];
}

/**
 * The page's <main> element, where the theme puts a doc's or a post's body:
 * parsing only that skips the navbar, sidebar and footer, most of a built
 * page's bytes (a sidebar category of a thousand pages is a thousand links),
 * and most of the packet's build time. The whole page when it has no <main>.
 */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
}

/**
 * A built page's HTML as a hast tree, without source positions: the edition
 * never reports a line, and leaving them out makes parsing the packet's pages
 * about 40 % faster than hast-util-from-html, which always records them.
 */
function parseHtml(html: string): Root {
  return fromParse5(parse(html, { scriptingEnabled: false })) as Root;
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

  const sections: Element[] = pages.map((page) => {
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
    const file = `${page.permalink}.html`;
    return element('section', { className: ['packet-page'], id: anchor, ariaLabelledBy: [`${anchor}--title`] }, [
      element('h1', { id: `${anchor}--title` }, [text(page.title)]),
      ...rewritePage(pageContent(page, file), anchor, resolveLink),
    ]);
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

  const body: Root = { type: 'root', children: [cover, contents, ...sections] as RootContent[] };
  dropDanglingReferences(body);

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
  return `<!doctype html>\n<html lang="en" dir="ltr" data-theme="light">\n<head>\n${head}\n</head>\n<body>\n<main>${toHtml(body)}</main>\n</body>\n</html>\n`;
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
