// Markdown pages may contain raw HTML (Docusaurus parses it with rehype-raw),
// and whatever a merged pull request contains ships to every reader. This
// plugin removes from .md pages everything that would run script: <script>
// and other active elements, on* event attributes, and javascript:/vbscript:/
// data: URLs. The Content-Security-Policy (see src/plugins/security-headers)
// is the second line of defence; this one keeps the payload out of build/.
//
// It is not rehype-sanitize: that works from an allow-list of plain HTML and
// would drop the theme's own MDX nodes (admonitions, code blocks, details)
// that live in the same tree. Here we remove only what is known to be active.
//
// .mdx pages are code, reviewed as code: they come only from the allow-list
// in src/plugins/safe-markdown/mdx-allow-list.ts (checked by check:content and the build: find-unlisted-mdx.ts).
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/** Elements that run script, load other documents, submit data, or re-parse unpredictably. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'style',
  'template',
  'noscript',
  'animate',
  'set',
  // MathML: its parsing rules differ from HTML's, so markup that is harmless
  // as written can change shape when the browser re-parses it (mutation XSS,
  // e.g. <math><mtext><table><mglyph><style>...). No handbook page needs it.
  'math',
]);

/** Properties (hast names) that hold a URL a browser may navigate to or load. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet', 'background'];

/** True for javascript:, vbscript: and data: URLs, however they are spaced or cased. */
export function isScriptUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme.
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

function isUnsafeProperty(name: string, value: unknown): boolean {
  if (/^on/i.test(name)) return true;
  if (!URL_PROPERTIES.includes(name)) return false;
  const values = Array.isArray(value) ? value : [value];
  return values.some((item) => typeof item === 'string' && isScriptUrl(item));
}

function cleanElement(node: Element): void {
  // Nearly every element is clean: only those with an unsafe property get a new property object.
  if (!Object.entries(node.properties).some(([name, value]) => isUnsafeProperty(name, value))) return;
  node.properties = Object.fromEntries(
    Object.entries(node.properties).filter(([name, value]) => !isUnsafeProperty(name, value)),
  );
}

/**
 * The MDX nodes inside an element. An unclosed raw tag can swallow the rest
 * of the page, including the module code Docusaurus appends (the `toc`
 * export); removing the element must not remove that code with it.
 */
function mdxNodesWithin(node: Element): ElementContent[] {
  const found: ElementContent[] = [];
  visit(node, (child) => {
    if (child !== node && child.type.startsWith('mdx')) {
      found.push(child as ElementContent);
      return SKIP;
    }
    return undefined;
  });
  return found;
}

export function stripUnsafeHtml(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (ACTIVE_ELEMENTS.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
      const kept = mdxNodesWithin(node);
      parent.children.splice(index, 1, ...kept);
      return [SKIP, index + kept.length];
    }
    cleanElement(node);
    return undefined;
  });
}

export default function rehypeStripUnsafeHtml() {
  return (tree: Root, file: VFile) => {
    if (file.path && !file.path.endsWith('.md')) return;
    stripUnsafeHtml(tree);
  };
}
