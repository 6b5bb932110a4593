// Passes the tokens the Markdown compiler computed for a fenced block
// (server/rehype-code-tokens.ts) past the theme's CodeBlock, which keeps
// only the props it knows, to the block's content (./Content).
import React, { type ReactNode } from 'react';
import CodeBlock from '@theme-init/CodeBlock';
import type { Props as CodeBlockProps } from '@theme/CodeBlock';

import { BuildTimeTokens } from '../../client/build-time-tokens';

type Props = CodeBlockProps & { readonly 'data-tokens'?: string };

export default function CodeBlockWithTokens({ 'data-tokens': tokens, ...props }: Props): ReactNode {
  return (
    <BuildTimeTokens.Provider value={tokens}>
      <CodeBlock {...props} />
    </BuildTimeTokens.Provider>
  );
}
