// Replaces each ```mermaid code block with the diagram itself: an inline SVG
// for the light theme and one for the dark, with a style rule that shows the
// one matching the page's colour mode. No script draws it in the reader's
// browser. The SVGs come from rendered/ (the plugin's loadContent renders
// new ones before pages compile; a diagram added while `npm start` runs is
// rendered here).
//
// Try: npm start, then add a ```mermaid block to a page
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

import { MERMAID_LANGUAGE } from '../shared/diagram-block.ts';
import { mayHoldDiagram } from '../shared/find-diagrams.ts';
import { diagramId, diagramKey, THEMES } from '../shared/diagram-key.ts';
import {
  formatDiagramProblem,
  readRendered,
  renderMissing,
  RENDERED_DIR,
  type RenderedDiagram,
} from './diagram-store.ts';
import { sanitizeSvgElement } from './sanitize-svg.ts';

export type RehypeDiagramsOptions = { siteDir: string; renderedDir?: string };

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function mermaidSource(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const classes = code?.properties.className;
  if (!code || !Array.isArray(classes) || !classes.includes(`language-${MERMAID_LANGUAGE}`)) return undefined;
  return textOf(code).replace(/\n$/, '');
}

/** The figure a reader sees: both themes' SVGs and the rule that hides the other one. */
function diagramFigure(key: string, rendered: RenderedDiagram): Element {
  const [lightId, darkId] = THEMES.map((theme) => diagramId(key, theme));
  const rule =
    `html[data-theme='dark'] #${lightId},html:not([data-theme='dark']) #${darkId}{display:none}` +
    `.handbook-diagram svg{display:block;margin:0 auto;height:auto}`;
  const svgs: ElementContent[] = THEMES.map((theme) => sanitizeSvgElement(rendered[theme]));
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['handbook-diagram'] },
    children: [
      { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: rule }] },
      ...svgs,
    ],
  };
}

/**
 * The figure as MDX's `<figure className=… dangerouslySetInnerHTML={{__html}} />`:
 * React then leaves the SVG as the server wrote it. As ordinary children, the
 * HTML minifier rewrites the <style> texts after rendering, and React, seeing
 * different text when the page hydrates, reports a mismatch and redraws.
 */
function asRawHtml(figure: Element): RootContent {
  const html = toHtml(figure.children, { space: 'html' });
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'ObjectExpression',
          properties: [
            {
              type: 'Property',
              kind: 'init',
              method: false,
              shorthand: false,
              computed: false,
              key: { type: 'Identifier', name: '__html' },
              value: { type: 'Literal', value: html, raw: JSON.stringify(html) },
            },
          ],
        },
      },
    ],
  };
  const node = {
    type: 'mdxJsxFlowElement',
    name: 'figure',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: 'handbook-diagram' },
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: { type: 'mdxJsxAttributeValueExpression', value: `{__html: ${JSON.stringify(html)}}`, data: { estree } },
      },
    ],
    children: [],
  };
  return node as unknown as RootContent;
}

export default function rehypeDiagrams({ siteDir, renderedDir = RENDERED_DIR }: RehypeDiagramsOptions) {
  return async (tree: Root, file: VFile) => {
    // Most pages cannot hold a diagram (the same test the diagrams plugin uses): their tree is not walked.
    if (typeof file.value === 'string' && !mayHoldDiagram(file.value)) return;
    const found: { pre: Element; parent: Element | Root; index: number; source: string }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const source = mermaidSource(node);
      if (source !== undefined) found.push({ pre: node, parent: parent as Element | Root, index, source });
    });
    if (found.length === 0) return;
    const page = file.path ? relative(siteDir, file.path).split('\\').join('/') : 'a page';
    const blocks = found.map(({ pre, source }) => ({ file: page, line: pre.position?.start.line ?? 1, source }));
    const problems = await renderMissing(blocks, renderedDir);
    if (problems.length > 0) throw new Error(problems.map(formatDiagramProblem).join('\n'));
    for (const { parent, index, source } of found) {
      const key = diagramKey(source);
      const rendered = readRendered(key, renderedDir);
      if (!rendered)
        throw new Error(`${page}: mermaid: diagram ${key} was rendered but its files are missing from ${renderedDir}`);
      parent.children[index] = asRawHtml(diagramFigure(key, rendered)) as ElementContent;
    }
  };
}
