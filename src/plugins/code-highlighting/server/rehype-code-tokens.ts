// Highlights fenced code blocks while Markdown is compiled, so the browser
// never needs Prism: the classic theme would otherwise run it on every page
// (src/plugins/code-highlighting/index.ts says why that matters). It uses the
// same Prism build and token shape as the theme's highlighter
// (prism-react-renderer), so the page shows the tokens the theme would have.
// The result rides on the code element as `data-tokens`; theme/CodeBlock
// hands it to the block's content.
import { createRequire } from 'node:module';
import type { Element, Root } from 'hast';
import { normalizeTokens, Prism, type PrismGrammar } from 'prism-react-renderer';
import { visit } from 'unist-util-visit';

import { encodeTokens, withoutFinalLineBreak } from '../shared/tokens.ts';

export interface CodeTokensOptions {
  /** `themeConfig.prism.additionalLanguages`: Prism languages beyond prism-react-renderer's own. */
  readonly additionalLanguages?: readonly string[];
  /** `themeConfig.prism.defaultLanguage`: the language of a block that names none. */
  readonly defaultLanguage?: string;
}

/** The theme loads extra languages from prismjs with a global Prism; so do we, once per language. */
function loadLanguages(languages: readonly string[]): void {
  const missing = languages.filter((language) => !(language in Prism.languages));
  if (missing.length === 0) return;
  const requireFromTheme = createRequire(require.resolve('@docusaurus/theme-classic'));
  const global = globalThis as { Prism?: unknown };
  const previous = global.Prism;
  global.Prism = Prism;
  try {
    for (const language of missing) {
      try {
        requireFromTheme(`prismjs/components/prism-${language}`);
      } catch (error) {
        throw new Error(
          `docusaurus.config.ts: themeConfig.prism.additionalLanguages lists "${language}", which Prism does not have (${String(error)}); see https://prismjs.com/#supported-languages`,
        );
      }
    }
  } finally {
    global.Prism = previous;
  }
}

function languageOf(code: Element, defaultLanguage: string | undefined): string | undefined {
  const classNames = code.properties.className;
  const fromClass = Array.isArray(classNames)
    ? classNames.map(String).find((name) => name.startsWith('language-'))
    : undefined;
  return (fromClass?.slice('language-'.length) ?? defaultLanguage)?.toLowerCase();
}

function grammarOf(language: string | undefined): PrismGrammar | undefined {
  if (language === undefined || !Object.hasOwn(Prism.languages, language)) return undefined;
  const grammar: unknown = Prism.languages[language];
  // Prism.languages also holds its helpers (extend, insertBefore, DFS).
  return typeof grammar === 'object' && grammar !== null ? (grammar as PrismGrammar) : undefined;
}

/** The text of a code element, or undefined if it holds anything but text. */
function textOf(code: Element): string | undefined {
  let text = '';
  for (const child of code.children) {
    if (child.type !== 'text') return undefined;
    text += child.value;
  }
  return text;
}

/** Prism's token lines for `code`, as the theme's highlighter computes them. */
export function tokenizeCode(
  code: string,
  language: string,
  grammar: PrismGrammar,
): ReturnType<typeof normalizeTokens> {
  const environment = { code, grammar, language, tokens: [] as ReturnType<typeof Prism.tokenize> };
  Prism.hooks.run('before-tokenize', environment);
  environment.tokens = Prism.tokenize(environment.code, environment.grammar);
  Prism.hooks.run('after-tokenize', environment);
  return normalizeTokens(environment.tokens);
}

export default function rehypeCodeTokens(options: CodeTokensOptions = {}) {
  loadLanguages(options.additionalLanguages ?? []);
  return (tree: Root): void => {
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const language = languageOf(node, options.defaultLanguage);
      const grammar = grammarOf(language);
      if (language === undefined || grammar === undefined) return;
      const text = textOf(node);
      if (text === undefined) return;
      const code = withoutFinalLineBreak(text);
      node.properties.dataTokens = encodeTokens(tokenizeCode(code, language, grammar));
    });
  };
}
