// Colours for highlighted code. prism-react-renderer's themes miss the WCAG
// AA contrast of 4.5:1 for some tokens against their own background: axe
// flagged the template's `github` theme on the handbook's first code block.
// These keep the template's two themes and darken (light) or lighten (dark)
// only the tokens that fall short, each in its own hue, to just past 4.5:1.
import { themes, type PrismTheme } from 'prism-react-renderer';

/** A copy of `theme` in which the style listing each token type gets the colour given for it. */
function recolor(theme: PrismTheme, colors: Record<string, string>): PrismTheme {
  const unknown = Object.keys(colors).filter((type) => !theme.styles.some((style) => style.types.includes(type)));
  if (unknown.length > 0) throw new Error(`code-themes: no style for token type ${unknown.join(', ')} to recolour`);
  return {
    ...theme,
    styles: theme.styles.map((style) => {
      const type = style.types.find((candidate) => candidate in colors);
      return type === undefined ? style : { ...style, style: { ...style.style, color: colors[type] } };
    }),
  };
}

/** GitHub's light theme; its five lightest token colours were 2.6-4.3:1 on #f6f8fa. */
export const lightCodeTheme = recolor(themes.github, {
  comment: '#717165',
  string: '#da1068',
  number: '#277c7a',
  keyword: '#0079a2',
  tag: '#ce3846',
});

/** Dracula; its comments were 3.0:1 on #282a36. */
export const darkCodeTheme = recolor(themes.dracula, { comment: '#8b96c4' });
