// Where a glossary mark's tooltip text comes from. Written into each page's
// JavaScript, the tooltips made a large part of a big handbook's client
// bundle, all of it parsed and minified by the build
// (design/glossary-marks.md); now the pages hold only the entry ids and the
// text comes from one JSON file the glossary plugin writes:
// - at build time (static rendering), from `@handbook/glossary-tips`, which
//   the plugin points at that file in the server bundle only;
// - while a server-rendered page hydrates, from the tooltip already in the
//   HTML, so hydration needs nothing it has not got;
// - on a page rendered in the browser (a click from another page, or
//   `npm start`), from the same file loaded as its own small chunk, once.
import { useEffect, useSyncExternalStore } from 'react';
import serverTips from '@handbook/glossary-tips';

type Tips = Readonly<Record<string, string>>;

let loaded: Tips | null = serverTips;
let loading: Promise<void> | undefined;
/** Tooltips read from the server-rendered page while it hydrated. */
const hydratedText = new Map<string, string>();
const listeners = new Set<() => void>();

/** The DOM id of an entry's tooltip: marks are first mentions, so one per page. */
export function tipId(entry: string): string {
  return `glossary-tip-${entry}`;
}

function loadTips() {
  loading ??= import('@handbook/glossary-tips-data').then(
    (module) => {
      loaded = module.default;
      for (const listener of listeners) listener();
    },
    // Offline for a moment: the next mark that needs the text tries again.
    () => {
      loading = undefined;
    },
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function currentTip(entry: string): string {
  return loaded?.[entry] ?? hydratedText.get(entry) ?? '';
}

/** What the server rendered: the build's text, or in the browser the text in the page being hydrated. */
function serverTip(entry: string): string {
  if (loaded) return loaded[entry] ?? '';
  const text = document.getElementById(tipId(entry))?.textContent ?? '';
  hydratedText.set(entry, text);
  return text;
}

/** The tooltip text of a glossary entry, "Term (expansion): definition". */
export function useGlossaryTip(entry: string): string {
  const tip = useSyncExternalStore(
    subscribe,
    () => currentTip(entry),
    () => serverTip(entry),
  );
  const missing = tip === '';
  useEffect(() => {
    if (missing) loadTips();
  }, [missing]);
  return tip;
}
