// Turns a handbook page's source into clean Markdown for tools and
// assistants: front matter cut down to title and description, no MDX
// imports or components (their content stays), admonitions as quotes any
// Markdown viewer shows, and every link absolute to the published site.
// It works on the syntax tree (remark), so code blocks, tables and nested
// lists come out as they went in. See design/markdown-copies.md.
//
// Try: npx vitest run src/plugins/markdown-copies
import type { Blockquote, Definition, Image, Link, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';

/** Docusaurus' admonition keywords, with the label a reader sees. */
const ADMONITIONS: Readonly<Record<string, string>> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
};

/** MDX-only nodes that carry no prose: imports, exports and {expressions} (comments included). */
const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** MDX components: their children are the page's prose (a <ReadingPath> wraps a list), so they stay. */
const UNWRAPPED = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
};

export type CleanMarkdownInput = {
  /** The page's Markdown after its front matter. */
  body: string;
  /** .mdx pages are parsed as MDX (imports, JSX); .md pages as CommonMark with GFM. */
  mdx: boolean;
  title: string;
  description?: string;
  /** Turns a link or image URL as the page wrote it into the URL a reader outside the site can open. */
  resolveUrl: (url: string) => string;
  /** Nodes the build adds to the page (the glossary's entries), appended after the body. */
  appendedNodes?: readonly RootContent[];
};

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function directiveLabelText(node: ContainerDirective): { label: PhrasingContent[]; rest: RootContent[] } {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
    return { label: first.children, rest };
  }
  return { label: [], rest: node.children };
}

function isComment(node: Nodes): boolean {
  return node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
}

/** What a copy leaves out: MDX code, comments, front matter. */
function isDropped(node: Nodes): boolean {
  return DROPPED.has(node.type) || node.type === 'yaml' || isComment(node);
}

/** Directives: admonitions become quotes, the others their content or the text they were written as. */
function isDirective(node: Nodes): node is ContainerDirective | LeafDirective | TextDirective {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** Nodes whose URL a copy makes absolute. */
function hasUrl(node: Nodes): node is Link | Image | Definition {
  return node.type === 'link' || node.type === 'image' || node.type === 'definition';
}

/**
 * What `node` becomes in a copy: nothing (MDX code, comments, front matter),
 * its children (components, directives that are not admonitions), a quote (an
 * admonition), the text it was written as (a text or leaf directive), or
 * itself with its URLs resolved. It builds new nodes and never changes the
 * tree it reads, which may be the one the bundler goes on compiling.
 */
function cleanNode(node: Nodes, resolveUrl: (url: string) => string): RootContent[] {
  const clean = (children: readonly Nodes[]) => cleanNodes(children, resolveUrl);
  if (isDropped(node)) return [];
  if (UNWRAPPED.has(node.type)) return clean((node as Parent).children);
  if (node.type === 'containerDirective') {
    const kind = ADMONITIONS[node.name];
    if (!kind) return clean(node.children);
    const { label, rest } = directiveLabelText(node);
    const heading = label.length > 0 ? (clean(label) as PhrasingContent[]) : [text(kind)];
    const quote: Blockquote = {
      type: 'blockquote',
      children: [
        { type: 'paragraph', children: [{ type: 'strong', children: heading }] },
        ...(clean(rest) as Blockquote['children']),
      ],
    };
    return [quote];
  }
  if (node.type === 'textDirective' || node.type === 'leafDirective') {
    // Not an admonition, so ordinary text to Docusaurus ("the ratio 1:many"): it goes back to the text it was written as.
    const label =
      node.children.length > 0 ? [text('['), ...(clean(node.children) as PhrasingContent[]), text(']')] : [];
    const written = [text(`:${node.name}`), ...label];
    return node.type === 'leafDirective' ? [{ type: 'paragraph', children: written }] : written;
  }
  let copy = node as RootContent;
  if (hasUrl(copy)) copy = { ...copy, url: resolveUrl(copy.url) };
  if ('children' in copy) copy = { ...copy, children: clean(copy.children) } as RootContent;
  return [copy];
}

function cleanNodes(nodes: readonly Nodes[], resolveUrl: (url: string) => string): RootContent[] {
  return nodes.flatMap((node) => cleanNode(node, resolveUrl));
}

/** Parsers made once: a frozen unified processor can parse any number of pages. */
const PARSE_MARKDOWN = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const PARSE_MDX = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMdx).freeze();
const PRINT_MARKDOWN = unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/**
 * Whether a copy changes `node` or anything inside it, rather than keeping it
 * as it is: every case of cleanNode, through the same tests.
 */
function changedInCopy(node: Nodes): boolean {
  if (isDropped(node) || UNWRAPPED.has(node.type) || isDirective(node) || hasUrl(node)) return true;
  return 'children' in node && node.children.some(changedInCopy);
}

/**
 * Top-level blocks that read the same wherever they stand after a blank
 * line. Not lists, whose bullet must differ from a neighbouring list's, and
 * not indented code, which a list before it would take in: the printer
 * handles both.
 */
const AS_WRITTEN = new Set(['paragraph', 'heading', 'table', 'blockquote', 'thematicBreak', 'html', 'code']);

/**
 * The block as the page wrote it, when a copy keeps it unchanged: the
 * source between its start and end, which parses to the same block. Fenced
 * code only, and no heading whose `{#id}` the MDX loader has escaped.
 */
function writtenAs(node: RootContent, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined || !AS_WRITTEN.has(node.type)) return undefined;
  if (changedInCopy(node)) return undefined;
  const written = source.slice(start, end);
  if (node.type === 'code' && !/^(`{3,}|~{3,})/.test(written)) return undefined;
  if (node.type === 'heading' && written.includes('\\{#')) return undefined;
  return written;
}

/**
 * A page's body as clean Markdown, from its syntax tree as remark parsed it
 * (with GFM and directives, and MDX for an .mdx page), front matter and all;
 * `appendedNodes` go after it. The tree is left as it was. Given the text
 * the tree was parsed from, each top-level block the copy keeps unchanged
 * goes in as written, and the printer only prints the rest: printing was
 * most of a copy's cost (design/markdown-copies.md).
 */
export function printCleanBody(
  tree: Root,
  resolveUrl: (url: string) => string,
  appendedNodes: readonly RootContent[] = [],
  source?: string,
): string {
  const blocks: string[] = [];
  let printed: RootContent[] = [];
  const flush = () => {
    const text = printed.length > 0 ? PRINT_MARKDOWN.stringify({ type: 'root', children: printed }).trimEnd() : '';
    if (text) blocks.push(text);
    printed = [];
  };
  for (const node of [...tree.children, ...appendedNodes]) {
    const written = writtenAs(node, source);
    if (written === undefined) {
      printed.push(...cleanNode(node, resolveUrl));
    } else {
      flush();
      blocks.push(written);
    }
  }
  flush();
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** A clean body under its page's title as a heading: blocks are joined by one blank line. */
export function withTitle(title: string, cleanBody: string): string {
  const heading = PRINT_MARKDOWN.stringify({
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: [text(title)] }],
  });
  return cleanBody ? `${heading}\n${cleanBody}` : heading;
}

/** The page's Markdown without front matter: its title as a heading, then the body. */
export function cleanMarkdownBody({ body, mdx, title, resolveUrl, appendedNodes }: CleanMarkdownInput): string {
  const tree = (mdx ? PARSE_MDX : PARSE_MARKDOWN).parse(body) as Root;
  return withTitle(title, printCleanBody(tree, resolveUrl, appendedNodes, body));
}

/**
 * A clean body (cleanMarkdownBody) with the page's description as a quote
 * under its title, for llms-full.txt, where no front matter carries it.
 * Blocks are joined by one blank line, so the quote goes in as text and the
 * page is not parsed a second time.
 */
export function withSummary(cleanBody: string, description: string | undefined): string {
  if (!description) return cleanBody;
  const quote: Root = {
    type: 'root',
    children: [{ type: 'blockquote', children: [{ type: 'paragraph', children: [text(description)] }] }],
  };
  const end = cleanBody.indexOf('\n\n');
  const heading = end === -1 ? cleanBody.trimEnd() : cleanBody.slice(0, end);
  const rest = end === -1 ? '' : cleanBody.slice(end + 2);
  return `${heading}\n\n${PRINT_MARKDOWN.stringify(quote)}${rest ? `\n${rest}` : ''}`;
}

/** The front matter of a page's copy: its title and description only. */
export function copyFrontMatter(title: string, description: string | undefined): string {
  const frontMatter = stringifyYaml(description ? { title, description } : { title }, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n`;
}
