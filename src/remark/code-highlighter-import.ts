// A page with a fenced or indented code block, or an MDX page that imports
// the theme's CodeBlock itself, imports the highlighting code block
// (src/plugins/code-highlighting/client/highlighter.ts): it comes with the
// page's own chunk, so the block is highlighted in the built HTML and when
// the page hydrates. Pages without code never load it.
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit, EXIT } from 'unist-util-visit';

export const HIGHLIGHTER_MODULE = '@site/src/plugins/code-highlighting/client/highlighter';

const CODE_BLOCK_IMPORT = /from\s*['"]@theme\/CodeBlock['"]/;

export function hasCodeBlock(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    found = node.type === 'code' || (node.type === 'mdxjsEsm' && CODE_BLOCK_IMPORT.test(node.value));
    return found ? EXIT : undefined;
  });
  return found;
}

function highlighterImport(): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: `import '${HIGHLIGHTER_MODULE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [],
            attributes: [],
            source: { type: 'Literal', value: HIGHLIGHTER_MODULE, raw: `'${HIGHLIGHTER_MODULE}'` },
          },
        ],
      },
    },
  };
}

export function addHighlighterImport(tree: Root): void {
  if (hasCodeBlock(tree)) tree.children.unshift(highlighterImport());
}

export default function remarkCodeHighlighterImport() {
  return addHighlighterImport;
}
