// What a reader sees of each doc and blog post in a built site: its title,
// description, owner, tags and the text of its article, read from the HTML
// the build wrote (not from the Markdown, so MDX, glossary marks and
// generated content count as the reader sees them).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export type BuiltPage = {
  /** Site path, e.g. /docs/culture/culture-deck. */
  url: string;
  title: string;
  description: string;
  owner: string;
  tags: string[];
  /** The article's text, one block (paragraph, heading, item) per line. */
  text: string;
};

/** Classes Docusaurus puts on <html> for a doc page and a blog post (ThemeClassNames.page). */
const PAGE_CLASSES = ['docs-doc-page', 'blog-post-page'];
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'tr',
  'div',
  'section',
  'header',
  'figcaption',
  'table',
  'ul',
  'ol',
  'details',
  'summary',
  'br',
]);
/** Parts of an article that are navigation or page chrome, not its text (tags and owner are read apart). */
const SKIPPED_TAGS = new Set(['footer', 'nav', 'script', 'style', 'button', 'template']);
const SKIPPED_CLASSES = ['hash-link', 'theme-doc-toc-mobile', 'theme-doc-breadcrumbs'];

function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
}

function isSkipped(node: Element): boolean {
  if (SKIPPED_TAGS.has(node.tagName)) return true;
  if (node.properties.ariaLabel === 'Page owner') return true;
  const classes = classesOf(node);
  return SKIPPED_CLASSES.some((name) => classes.includes(name));
}

function find(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: Nodes, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if (node.type === 'element' || node.type === 'root') for (const child of node.children) findAll(child, test, found);
  return found;
}

/** Plain text of a node, every block on its own line, whitespace collapsed. */
function readableText(node: Nodes, skip: (element: Element) => boolean = isSkipped): string {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    if (current.type !== 'element' && current.type !== 'root') return;
    if (current.type === 'element') {
      if (skip(current)) return;
      if (BLOCKS.has(current.tagName)) parts.push('\n');
    }
    for (const child of current.children) walk(child);
    if (current.type === 'element' && BLOCKS.has(current.tagName)) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function metaContent(tree: Root, name: string): string {
  const meta = find(tree, (element) => element.tagName === 'meta' && element.properties.name === name);
  return String(meta?.properties.content ?? '');
}

/** Reads one built page, or undefined when the HTML is not a doc or blog post. */
export function readBuiltPage(html: string, url: string): BuiltPage | undefined {
  const tree = fromHtml(html);
  const root = find(tree, (element) => element.tagName === 'html');
  if (!root || !PAGE_CLASSES.some((name) => classesOf(root).includes(name))) return undefined;
  const article = find(tree, (element) => element.tagName === 'article');
  const titleElement = find(tree, (element) => element.tagName === 'title');
  const owner = find(tree, (element) => element.properties.ariaLabel === 'Page owner');
  const ownerName = owner ? find(owner, (element) => element.tagName === 'strong') : undefined;
  const tagLinks = article
    ? findAll(
        article,
        (element) => element.tagName === 'a' && /\/tags\/[^/]+$/.test(String(element.properties.href ?? '')),
      )
    : [];
  return {
    url,
    title: titleElement ? readableText(titleElement, () => false) : '',
    description: metaContent(tree, 'description'),
    owner: ownerName ? readableText(ownerName, () => false) : '',
    tags: [...new Set(tagLinks.map((link) => readableText(link, () => false)))].sort(),
    text: article ? readableText(article) : '',
  };
}

/** The site path an HTML file is served at (index.html and .html dropped, as the host does). */
function urlOfHtmlFile(buildDir: string, file: string): string {
  const path = relative(buildDir, file).split(sep).join('/');
  const url = `/${path.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
  return url.length > 1 ? url.replace(/\/$/, '') : url;
}

/** Every doc and blog post of a built site, by site path. */
export function readBuiltPages(buildDir: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const entry of readdirSync(buildDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    // Client redirect pages and other plain HTML carry no page class; skip them before parsing.
    if (!PAGE_CLASSES.some((name) => html.includes(name))) continue;
    const url = urlOfHtmlFile(buildDir, file);
    const page = readBuiltPage(html, url);
    if (page) pages.set(url, page);
  }
  return pages;
}
