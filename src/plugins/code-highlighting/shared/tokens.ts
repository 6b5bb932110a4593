// How build-time syntax highlighting travels from the Markdown compiler to the
// page. Prism's token lines (prism-react-renderer's `normalizeTokens` shape)
// are sent without their text: per line, pairs of [types index, length] that
// the browser cuts out of the code it already has. A page's chunk grows by
// a few bytes per token rather than by a second copy of the code.
import type { Token } from 'prism-react-renderer';

/** What a code element carries in its `data-tokens` attribute, as JSON. */
interface EncodedTokens {
  /** Distinct token type lists, each joined by spaces (`"key atrule"`). */
  readonly types: string[];
  /** Per line of code: [types index, length, types index, length, ...]. */
  readonly lines: number[][];
}

/** The line breaks Prism's `normalizeTokens` splits on. */
const LINE_BREAK = /\r\n|\r|\n/;

function splitLines(code: string): string[] {
  return code.split(LINE_BREAK);
}

/** The code a block shows: the theme drops the line break that ends a fenced block. */
export function withoutFinalLineBreak(code: string): string {
  return code.replace(/\r?\n$/, '');
}

/** Token lines, as `normalizeTokens` returns them, to the attribute value. */
export function encodeTokens(lines: Token[][]): string {
  const types: string[] = [];
  const indexOfTypes = new Map<string, number>();
  const encodedLines = lines.map((line) =>
    line.flatMap((token) => {
      const key = token.types.join(' ');
      let index = indexOfTypes.get(key);
      if (index === undefined) {
        index = types.push(key) - 1;
        indexOfTypes.set(key, index);
      }
      // An empty line's token holds "\n" but stands for no text of the line.
      return [index, token.empty ? 0 : token.content.length];
    }),
  );
  const encoded: EncodedTokens = { types, lines: encodedLines };
  return JSON.stringify(encoded);
}

function parse(value: string): EncodedTokens | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { types, lines } = parsed as Partial<EncodedTokens>;
    if (!Array.isArray(types) || !Array.isArray(lines)) return undefined;
    return { types, lines };
  } catch {
    return undefined;
  }
}

/** The tokens of one line of `text`, or undefined when the lengths do not add up to it. */
function decodeLine(pairs: number[], types: string[], text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let offset = 0;
  for (let pair = 0; pair + 1 < pairs.length; pair += 2) {
    const typeList = types[pairs[pair] ?? -1];
    const length = pairs[pair + 1] ?? -1;
    if (typeList === undefined || length < 0) return undefined;
    tokens.push({ types: typeList.split(' '), content: text.slice(offset, offset + length) });
    offset += length;
  }
  if (offset !== text.length || tokens.length === 0) return undefined;
  const [only] = tokens;
  if (tokens.length === 1 && only !== undefined && text === '') return [{ ...only, content: '\n', empty: true }];
  return tokens;
}

/**
 * The token lines of `shownCode`, from the attribute value computed for
 * `sourceCode` (the block's text as written) at build time. The theme drops "magic comment" lines
 * (`// highlight-next-line`) from the source before showing it, so each shown
 * line is matched, in order, with the next source line of the same text.
 * Undefined when anything does not fit: the caller then shows plain text.
 */
export function decodeTokens(value: string, sourceCode: string, shownCode: string): Token[][] | undefined {
  const encoded = parse(value);
  if (encoded === undefined) return undefined;
  const sourceLines = splitLines(withoutFinalLineBreak(sourceCode));
  if (sourceLines.length !== encoded.lines.length) return undefined;
  const shown: Token[][] = [];
  let source = 0;
  for (const text of splitLines(shownCode)) {
    while (source < sourceLines.length && sourceLines[source] !== text) source++;
    const pairs = encoded.lines[source];
    if (pairs === undefined) return undefined;
    const tokens = decodeLine(pairs, encoded.types, text);
    if (tokens === undefined) return undefined;
    shown.push(tokens);
    source++;
  }
  return shown;
}

/** Unhighlighted lines, shaped as `normalizeTokens` shapes code without a grammar. */
export function plainTokens(code: string): Token[][] {
  return splitLines(code).map((text) =>
    text === '' ? [{ types: ['plain'], content: '\n', empty: true }] : [{ types: ['plain'], content: text }],
  );
}
