// "View as Markdown" is a plain link, so it works without JavaScript; the
// "Copy as Markdown" button appears once the page is interactive, fetches the
// same file and puts it on the clipboard, and says what happened in a live
// region a screen reader announces.
import { useState, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

import styles from './styles.module.css';

type Status = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<Status, string> = {
  idle: '',
  copied: 'Copied',
  failed: 'Could not copy; open the Markdown instead',
};

async function copyFrom(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await navigator.clipboard.writeText(await response.text());
}

export default function CopyAsMarkdown({ markdownUrl }: { markdownUrl: string }): ReactNode {
  const isBrowser = useIsBrowser();
  const [status, setStatus] = useState<Status>('idle');
  const copy = () => {
    copyFrom(markdownUrl).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  return (
    <p className={styles.links}>
      <a href={markdownUrl} type="text/markdown">
        View as Markdown
      </a>
      {isBrowser && (
        <button type="button" className={styles.copy} onClick={copy}>
          Copy as Markdown
        </button>
      )}
      <span role="status" className={styles.status}>
        {MESSAGES[status]}
      </span>
    </p>
  );
}
