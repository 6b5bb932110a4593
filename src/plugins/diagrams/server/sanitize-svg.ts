// A rendered diagram goes into every reader's page, and its labels are
// whatever a contributor typed. Mermaid's strict mode already escapes them;
// this is the second lock: the SVG keeps its drawing and its own <style>
// (colours, scoped to the diagram's id) and loses anything that runs
// script, loads a document, or navigates to a script URL.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

import { isScriptUrl } from '../../safe-markdown/strip-unsafe-html.ts';

/** Elements that run script, load other documents, or change attributes over time (animate can set an href). */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'handler',
  'listener',
  'base',
  'meta',
  'link',
  'form',
  'template',
]);

const URL_PROPERTIES = new Set(['href', 'xLinkHref', 'src', 'action', 'formAction']);

function isUnsafe(name: string, value: unknown, element: Element): boolean {
  if (/^on/i.test(name)) return true;
  if (!URL_PROPERTIES.has(name)) return false;
  if (typeof value !== 'string') return true;
  // <use> may point only into the diagram itself; elsewhere, no script URLs.
  if (element.tagName === 'use') return !value.startsWith('#');
  return isScriptUrl(value);
}

/** The diagram's <svg> element, cleaned; throws when the text holds no SVG. */
export function sanitizeSvgElement(svg: string): Element {
  const tree: Root = fromHtml(svg, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (ACTIVE_ELEMENTS.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(([name, value]) => !isUnsafe(name, value, node)),
    );
    return undefined;
  });
  const root = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!root) throw new Error('the renderer returned no <svg> element');
  return root;
}

export function sanitizeSvg(svg: string): string {
  return toHtml(sanitizeSvgElement(svg), { space: 'svg' });
}
