import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlight, type PrismTheme, type RenderProps } from 'prism-react-renderer';
import { describe, expect, test } from 'vitest';

import { darkCodeTheme, lightCodeTheme } from '../code-themes.ts';
import { tokenProps } from '../client/token-props.ts';

/** What prism-react-renderer's <Highlight> hands its render function. */
function highlightProps(theme: PrismTheme, language: string, code: string): RenderProps {
  let captured: RenderProps | undefined;
  renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      language,
      code,
      children: (props: RenderProps) => {
        captured = props;
        return null;
      },
    }),
  );
  if (captured === undefined) throw new Error('Highlight did not render');
  return captured;
}

const CODE: [string, string][] = [
  ['yaml', '---\ntitle: Giving feedback\n\ntags: [culture, onboarding]\n---'],
  ['tsx', '// a comment\nexport const A = () => <div className="x">{1 + 2}</div>;\n\n/* two\n\nlines */'],
  ['json', '{ "n": 1, "ok": true, "none": null }'],
];

// The browser no longer runs <Highlight>; every line and token must still get
// the class names and inline colours it would have given them.
describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('tokenProps with the %s theme', (_mode, theme) => {
  test.each(CODE)('%s: the same props as prism-react-renderer', (language, code) => {
    const expected = highlightProps(theme, language, code);
    const actual = tokenProps(theme, language);
    expect(actual.root).toEqual(expected.style);
    for (const line of expected.tokens) {
      expect(actual.getLineProps({ line, className: 'extra' })).toEqual(
        expected.getLineProps({ line, className: 'extra' }),
      );
      for (const token of line) {
        expect(actual.getTokenProps({ token })).toEqual(expected.getTokenProps({ token }));
        expect(actual.getTokenProps({ token, style: { opacity: 0.5 } })).toEqual(
          expected.getTokenProps({ token, style: { opacity: 0.5 } }),
        );
      }
    }
  });
});
