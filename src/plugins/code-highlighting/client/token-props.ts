// The props of a highlighted line and token, as prism-react-renderer's
// <Highlight> would pass them to the theme's CodeBlock/Line: the colours come
// from the Prism theme of the current colour mode, as inline styles, so light
// and dark mode and the theme's own line markup stay as they were.
import type { CSSProperties } from 'react';
import type {
  LineInputProps,
  LineOutputProps,
  PrismTheme,
  TokenInputProps,
  TokenOutputProps,
} from 'prism-react-renderer';
import clsx from 'clsx';

export interface TokenProps {
  /** Style of the whole block: the theme's plain colours. */
  readonly root: CSSProperties;
  readonly getLineProps: (input: LineInputProps) => LineOutputProps;
  readonly getTokenProps: (input: TokenInputProps) => TokenOutputProps;
}

/** Each token type's style in `theme` for `language`; later entries add to earlier ones. */
function stylesByType(theme: PrismTheme, language: string): Map<string, CSSProperties> {
  const byType = new Map<string, CSSProperties>();
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language as never)) continue;
    for (const type of entry.types) byType.set(type, { ...byType.get(type), ...entry.style });
  }
  return byType;
}

export function tokenProps(theme: PrismTheme, language: string): TokenProps {
  const byType = stylesByType(theme, language);
  const lineStyle: CSSProperties = { ...theme.plain, backgroundColor: undefined };

  function styleOf({ types, empty }: TokenInputProps['token']): CSSProperties | undefined {
    // Plain text takes the line's colour; an empty plain line still needs its height.
    if (types.length === 1 && types[0] === 'plain') return empty ? { display: 'inline-block' } : undefined;
    if (types.length === 1 && empty) return byType.get(types[0] ?? '');
    return Object.assign(empty ? { display: 'inline-block' } : {}, ...types.map((type) => byType.get(type)));
  }

  return {
    root: theme.plain as CSSProperties,
    getLineProps: ({ className, style, line: _line, ...rest }) => ({
      ...rest,
      className: clsx('token-line', className),
      style: { ...lineStyle, ...style },
    }),
    getTokenProps: ({ token, className, style, ...rest }) => ({
      ...rest,
      className: clsx('token', ...token.types, className),
      children: token.content,
      style: style === undefined ? styleOf(token) : { ...styleOf(token), ...style },
    }),
  };
}
