// Turns a handbook page's source into clean Markdown for tools and
// assistants: front matter cut down to title and description, no MDX
// imports or components (their content stays), admonitions as quotes any
// Markdown viewer shows, and every link absolute to the published site.
// It works on the syntax tree (remark), so code blocks, tables and nested
// lists come out as they went in. See design/markdown-copies.md.
//
// Try: npx vitest run src/plugins/markdown-copies
import type { Blockquote, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
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

function admonitionAsQuote(node: ContainerDirective, kind: string): Blockquote {
  const { label, rest } = directiveLabelText(node);
  const heading: PhrasingContent[] = label.length > 0 ? label : [text(kind)];
  return {
    type: 'blockquote',
    children: [
      { type: 'paragraph', children: [{ type: 'strong', children: heading }] },
      ...(rest as Blockquote['children']),
    ],
  };
}

/**
 * A directive that is not an admonition was ordinary text to Docusaurus
 * ("the ratio 1:many"), so it goes back to the text it was written as.
 */
function directiveAsText(node: Nodes): PhrasingContent[] {
  const name = (node as { name?: string }).name ?? '';
  const children = 'children' in node ? (node.children as PhrasingContent[]) : [];
  return [text(`:${name}`), ...(children.length > 0 ? [text('['), ...children, text(']')] : [])];
}

function simplify(tree: Root, resolveUrl: (url: string) => string) {
  visit(tree, (visited, index, visitedParent) => {
    const node = visited as Nodes;
    const parent = visitedParent as Parent | undefined;
    if (!parent || index === undefined) return undefined;
    if (DROPPED.has(node.type) || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (UNWRAPPED.has(node.type)) {
      parent.children.splice(index, 1, ...(node as Parent).children);
      return [SKIP, index];
    }
    if (node.type === 'containerDirective') {
      const kind = ADMONITIONS[node.name];
      if (kind) {
        parent.children.splice(index, 1, admonitionAsQuote(node, kind));
        return index;
      }
      parent.children.splice(index, 1, ...(node.children as RootContent[]));
      return [SKIP, index];
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective') {
      const replacement = directiveAsText(node);
      parent.children.splice(
        index,
        1,
        ...(node.type === 'leafDirective'
          ? [{ type: 'paragraph', children: replacement } as RootContent]
          : replacement),
      );
      return [SKIP, index + replacement.length];
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = resolveUrl(node.url);
    }
    return undefined;
  });
}

/** Parsers made once: a frozen unified processor can parse any number of pages. */
const PARSE_MARKDOWN = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const PARSE_MDX = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMdx).freeze();
const PRINT_MARKDOWN = unified().use(remarkGfm).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/** The page's Markdown without front matter: its title as a heading, then the body. */
export function cleanMarkdownBody({ body, mdx, title, resolveUrl, appendedNodes }: CleanMarkdownInput): string {
  const tree = (mdx ? PARSE_MDX : PARSE_MARKDOWN).parse(body) as Root;
  simplify(tree, resolveUrl);
  const heading: RootContent = { type: 'heading', depth: 1, children: [text(title)] };
  const appended = structuredClone([...(appendedNodes ?? [])]) as RootContent[];
  const appendedRoot: Root = { type: 'root', children: appended };
  simplify(appendedRoot, resolveUrl);
  tree.children = [heading, ...tree.children, ...appendedRoot.children];
  return PRINT_MARKDOWN.stringify(tree);
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
