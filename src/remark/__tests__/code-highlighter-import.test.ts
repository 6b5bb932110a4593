import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';

import remarkCodeHighlighterImport, {
  HIGHLIGHTER_MODULE,
  addHighlighterImport,
  hasCodeBlock,
} from '../code-highlighter-import.ts';

function parse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown) as Root;
}

const IMPORT_LINE = `import '${HIGHLIGHTER_MODULE}';`;

describe('code-highlighter-import', () => {
  test.each([
    ['a fenced block', 'Text.\n\n```yaml\ntitle: x\n```\n'],
    ['a block without a language', '```\nplain\n```\n'],
    ['an indented block', 'Text.\n\n    four spaces in\n'],
    ['a block inside a list', '- item\n\n  ```js\n  let a;\n  ```\n'],
    ['a block inside a quote', '> ```sh\n> ls\n> ```\n'],
  ])('a page with %s imports the highlighter, once', (_name, markdown) => {
    const tree = parse(`${markdown}\n\n\`\`\`\nsecond block\n\`\`\`\n`);
    expect(hasCodeBlock(tree)).toBe(true);
    addHighlighterImport(tree);
    const imports = tree.children.filter((node) => node.type === 'mdxjsEsm');
    expect(imports).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'mdxjsEsm', value: IMPORT_LINE });
  });

  test('an MDX page that imports the theme CodeBlock imports the highlighter', () => {
    const tree = parse('Text.') as Root;
    tree.children.push({ type: 'mdxjsEsm', value: "import CodeBlock from '@theme/CodeBlock';" });
    expect(hasCodeBlock(tree)).toBe(true);
    tree.children[1] = { type: 'mdxjsEsm', value: "import Tabs from '@theme/Tabs';" };
    expect(hasCodeBlock(tree)).toBe(false);
  });

  test.each([
    ['no code at all', '# Title\n\nA paragraph.\n'],
    ['inline code only', 'Run `npm test` before you push.\n'],
  ])('a page with %s is left alone', (_name, markdown) => {
    const tree = parse(markdown);
    const before = JSON.stringify(tree);
    addHighlighterImport(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  test('MDX compiles the import into the page module, ahead of its content', async () => {
    const withCode = String(
      await compile('Intro.\n\n```yaml\ntitle: x\n```\n', { remarkPlugins: [remarkCodeHighlighterImport] }),
    );
    expect(withCode.split('\n')).toContain(IMPORT_LINE);
    expect(withCode.indexOf(HIGHLIGHTER_MODULE)).toBeLessThan(withCode.indexOf('function _createMdxContent'));

    const withoutCode = String(
      await compile('Only `inline` code.\n', { remarkPlugins: [remarkCodeHighlighterImport] }),
    );
    expect(withoutCode).not.toContain(HIGHLIGHTER_MODULE);
  });
});
