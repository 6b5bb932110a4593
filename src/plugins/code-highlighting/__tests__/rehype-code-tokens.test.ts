import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';

import rehypeCodeTokens, { type CodeTokensOptions } from '../server/rehype-code-tokens.ts';

/** The data-tokens value of each <code> in `html` after the plugin ran (null: none). */
function tokensIn(html: string, options?: CodeTokensOptions): (string | null)[] {
  const tree: Root = fromHtml(html, { fragment: true });
  rehypeCodeTokens(options)(tree);
  const found: (string | null)[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'code')
        found.push(typeof child.properties.dataTokens === 'string' ? child.properties.dataTokens : null);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('rehypeCodeTokens', () => {
  test('a fenced block in a known language gets its tokens', () => {
    const [value] = tokensIn('<pre><code class="language-yaml">owner: perf-eng\n</code></pre>');
    expect(JSON.parse(value ?? 'null')).toEqual({
      types: ['key atrule', 'punctuation', 'plain'],
      lines: [[0, 5, 1, 1, 2, 5, 1, 1, 2, 3]],
    });
  });

  test('the language name is not case-sensitive, as in the theme', () => {
    expect(tokensIn('<pre><code class="language-YAML">a: 1</code></pre>')[0]).not.toBeNull();
  });

  test.each([
    ['inline code', '<p><code class="language-yaml">a: 1</code></p>'],
    ['a block without a language', '<pre><code>a: 1</code></pre>'],
    ['a language Prism does not have', '<pre><code class="language-nosuchlanguage">a: 1</code></pre>'],
    ["a name that is one of Prism's helpers, not a language", '<pre><code class="language-extend">a: 1</code></pre>'],
    ['a block holding markup, not text', '<pre><code class="language-yaml">a: <b>1</b></code></pre>'],
  ])('%s is left alone', (_name, html) => {
    expect(tokensIn(html)).toEqual([null]);
  });

  test('a block without a language takes the default one', () => {
    expect(tokensIn('<pre><code>a: 1</code></pre>', { defaultLanguage: 'yaml' })[0]).not.toBeNull();
  });

  test('additional languages are loaded from prismjs, as the theme would', () => {
    const html = '<pre><code class="language-diff">- old\n+ new</code></pre>';
    expect(tokensIn(html)).toEqual([null]);
    expect(tokensIn(html, { additionalLanguages: ['diff'] })[0]).toContain('deleted-sign');
  });

  test('an additional language Prism does not have is an error naming the setting', () => {
    expect(() => rehypeCodeTokens({ additionalLanguages: ['nosuchlanguage'] })).toThrow(
      /themeConfig\.prism\.additionalLanguages lists "nosuchlanguage"/,
    );
  });
});
