import { useEffect, useState } from 'react';

/** Where "Report this" goes: just under the end of the selection, in page coordinates. */
export type TextSelection = { text: string; bottom: number; left: number };

/** Only selections inside the doc's own text count; the sidebar or the feedback form do not. */
const CONTENT = 'article .theme-doc-markdown';

function readSelection(): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().trim();
  const content = document.querySelector(CONTENT);
  const range = selection.getRangeAt(0);
  if (text === '' || !content?.contains(range.commonAncestorContainer)) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { text, bottom: last.bottom + window.scrollY + 4, left: last.left + window.scrollX };
}

/** The reader's current selection in the doc, or null; follows it as it changes. */
export function useTextSelection(enabled: boolean): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const update = () => setSelection(readSelection());
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [enabled]);
  return selection;
}
