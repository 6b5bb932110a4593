import { createContext } from 'react';

/**
 * The `data-tokens` value the Markdown compiler gave a code block
 * (server/rehype-code-tokens.ts), from theme/CodeBlock down to its content.
 */
export const BuildTimeTokens = createContext<string | undefined>(undefined);
