// The lines of a code block, highlighted from the tokens computed at build
// time (src/plugins/code-highlighting) instead of by Prism in the browser.
// The markup is the classic theme's (its Pre, Code and Line, and its styles),
// so word wrap, line numbers, highlighted lines and the copy button work as
// before. Without build-time tokens, or if they do not fit the code, the
// lines are shown as plain text.
import React, { useContext, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { usePrismTheme } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
// The theme's own stylesheet for this component, so the block looks the same.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';

import { BuildTimeTokens } from '../../../client/build-time-tokens';
import { tokenProps } from '../../../client/token-props';
import { decodeTokens, plainTokens } from '../../../shared/tokens';

export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  // Word wrap measures the block through this ref (the theme's button).
  const { codeBlockRef } = wordWrap;
  const { code, codeInput, language, lineNumbersStart, lineClassNames } = metadata;
  const encoded = useContext(BuildTimeTokens);
  const prismTheme = usePrismTheme();
  const lines = useMemo(
    () => (encoded === undefined ? undefined : decodeTokens(encoded, codeInput, code)) ?? plainTokens(code),
    [encoded, codeInput, code],
  );
  const { root, getLineProps, getTokenProps } = useMemo(() => tokenProps(prismTheme, language), [prismTheme, language]);
  const numbered = lineNumbersStart !== undefined;
  return (
    <pre
      ref={codeBlockRef}
      // A scrollable region must be reachable by keyboard (as in the theme).
      tabIndex={0}
      className={clsx(className, `prism-code language-${language}`, styles.codeBlock, 'thin-scrollbar')}
      style={root}
    >
      <code
        className={clsx(styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
        style={numbered ? { counterReset: `line-count ${lineNumbersStart - 1}` } : undefined}
      >
        {lines.map((line, index) => (
          <Line
            key={index}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[index]}
            showLineNumbers={numbered}
          />
        ))}
      </code>
    </pre>
  );
}
