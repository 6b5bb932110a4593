import { normalizeTokens, Prism, type PrismGrammar } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

import { tokenizeCode } from '../server/rehype-code-tokens.ts';
import { decodeTokens, encodeTokens, plainTokens } from '../shared/tokens.ts';

function tokens(code: string, language: string) {
  return tokenizeCode(code, language, Prism.languages[language] as PrismGrammar);
}

// What a page carries must give back exactly the token lines Prism made, for
// the shapes that make normalizeTokens special-case things: empty lines,
// tokens spanning lines, nested tokens, text outside the basic plane.
const SAMPLES: [string, string, string][] = [
  ['YAML front matter', 'yaml', '---\ntitle: Giving feedback\nowner: culture-guides\ntags: [culture]\n---'],
  ['blank lines', 'typescript', 'const a = 1;\n\n\nconst b = a + 1;'],
  ['a comment spanning lines, with a blank line inside', 'javascript', '/* one\n\n   two */\nlet x = "y";'],
  ['a string spanning lines', 'javascript', 'const s = `line one\nline two`;'],
  ['nested tokens (JSX)', 'tsx', 'export const A = () => <div className="x">{1 + 2}</div>;'],
  ['emoji and accents', 'json', '{ "name": "café ☕", "mood": "😀" }'],
  ['carriage returns', 'python', 'def f():\r\n    return 1'],
  ['one empty line', 'yaml', ''],
];

describe('build-time tokens', () => {
  test.each(SAMPLES)('%s: decoding gives back the token lines', (_name, language, code) => {
    const lines = tokens(code, language);
    expect(decodeTokens(encodeTokens(lines), code, code)).toEqual(lines);
  });

  test('a line break that ends the block is not a line of its own', () => {
    const lines = tokens('a: 1', 'yaml');
    expect(decodeTokens(encodeTokens(lines), 'a: 1\n', 'a: 1')).toEqual(lines);
  });

  test('lines the theme hid (magic comments) are skipped, the rest keep their tokens', () => {
    const source =
      'const a = 1;\n// highlight-next-line\nconst b = 2;\n// highlight-start\nlet c = "c";\n// highlight-end';
    const shown = 'const a = 1;\nconst b = 2;\nlet c = "c";';
    const sourceLines = tokens(source, 'javascript');
    expect(decodeTokens(encodeTokens(sourceLines), source, shown)).toEqual([
      sourceLines[0],
      sourceLines[2],
      sourceLines[4],
    ]);
  });

  test.each([
    ['the code changed since the build', 'a: 1\nb: 2', 'a: 1\nb: 3'],
    ['a line more than was tokenised', 'a: 1', 'a: 1\na: 1'],
  ])('no tokens when %s', (_name, source, shown) => {
    const encoded = encodeTokens(tokens('a: 1\nb: 2', 'yaml'));
    expect(decodeTokens(encoded, source, shown)).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"types": ['],
    ['not an object', '42'],
    ['no lines', '{"types": []}'],
    ['a type that is not listed', '{"types": ["plain"], "lines": [[3, 4]]}'],
    ['lengths that do not add up', '{"types": ["plain"], "lines": [[0, 2]]}'],
  ])('no tokens from a value that is %s', (_name, value) => {
    expect(decodeTokens(value, 'a: 1', 'a: 1')).toBeUndefined();
  });

  test.each([['one line'], ['two\nlines'], ['a\n\nblank line'], ['']])(
    'plain text %j is shaped as Prism shapes it',
    (code) => {
      expect(plainTokens(code)).toEqual(normalizeTokens([code]));
    },
  );
});
