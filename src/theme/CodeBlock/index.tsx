// The theme's code block, with its highlighter loaded only where a page has
// code (src/plugins/code-highlighting). A Markdown page with a code block
// imports the highlighter in its own chunk (src/remark/code-highlighter-import.ts),
// so the block is highlighted in the built HTML and at hydration alike. If
// the highlighter is not there yet, the block shows its text plainly, the
// same on the server and in the browser, and is highlighted once it arrives.
// No Suspense boundary: React's server renderer moves a large one out of line
// behind an inline script, which the Content-Security-Policy does not allow.
import { useEffect, useState, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';

import { loadCodeBlock, loadedCodeBlock } from '@site/src/plugins/code-highlighting/client/code-block-loader';

function PlainCodeBlock({ children, className }: Props): ReactNode {
  return (
    <pre className={className} tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

export default function CodeBlock(props: Props): ReactNode {
  const [Highlighted, setHighlighted] = useState(loadedCodeBlock);
  useEffect(() => {
    if (Highlighted) return undefined;
    let mounted = true;
    void loadCodeBlock().then((component) => {
      if (mounted) setHighlighted(() => component);
    });
    return () => {
      mounted = false;
    };
  }, [Highlighted]);
  return Highlighted ? <Highlighted {...props} /> : <PlainCodeBlock {...props} />;
}
