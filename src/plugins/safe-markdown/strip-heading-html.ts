// Raw HTML inside a Markdown heading reaches the page twice: in the heading,
// where src/plugins/safe-markdown/strip-unsafe-html.ts cleans it, and in the table of
// contents, which Docusaurus builds from the heading's source and renders as
// HTML (mdx-loader's toc plugin turns an `html` node into its raw text). So
// headings keep no raw HTML at all: the tags go, the words between them stay.
// Found by the fixture in e2e/xss.e2e.ts: `## <img src=x onerror=...>` ran in the TOC.
import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Nodes that cannot hold a heading (their content is inline text or a literal): the walk does not go into them. */
const INLINE_ONLY = new Set(['paragraph', 'table', 'code', 'html']);

export function stripHeadingHtml(tree: Root): void {
  visit(tree, (node: Nodes) => {
    if (INLINE_ONLY.has(node.type)) return SKIP;
    if (node.type !== 'heading') return undefined;
    node.children = node.children.filter((child) => child.type !== 'html');
    const last = node.children.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
    return SKIP;
  });
}

export default function remarkStripHeadingHtml() {
  return stripHeadingHtml;
}
