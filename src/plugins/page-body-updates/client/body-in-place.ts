// The browser's half of ../body-in-place.cjs. Each Markdown page's module,
// each time it runs, hands its body component here and gets back a stable
// component that renders the latest body. When a save leaves the page's other
// exports as they were, the stable component re-renders in place and the
// update stops at the page; otherwise the module invalidates itself and the
// update travels on to Docusaurus' client entry, which renders every page
// component again, as it does without this plugin.
import { createElement, useEffect, useReducer, type ComponentType } from 'react';

/** The slice of the bundler's hot-update API this uses (`import.meta.webpackHot`). */
export type HotModule = { accept(): void; invalidate(): void };

type Page = {
  body: ComponentType<object>;
  /** The page's other exports, as JSON. */
  readonly exports: string;
  /** The component the page exports: it renders `body`, and again whenever `body` changes. */
  readonly Body: ComponentType<object>;
  readonly rerenders: Set<() => void>;
};

const pages = new Map<string, Page>();

/** The page's exports other than its body, as JSON (front matter dates become strings). */
export function exportsSignature(namespace: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(namespace)
      .filter((name) => name !== 'default')
      .sort()
      .map((name) => [name, namespace[name]]),
  );
}

function newPage(body: ComponentType<object>, exports: string): Page {
  const page: Page = {
    body,
    exports,
    rerenders: new Set(),
    Body: function BodyInPlace(props: object) {
      const [, rerender] = useReducer((count: number) => count + 1, 0);
      useEffect(() => {
        page.rerenders.add(rerender);
        return () => {
          page.rerenders.delete(rerender);
        };
      }, []);
      return createElement(page.body, props);
    },
  };
  return page;
}

/**
 * Called by the page's module each time it runs. `id` is the page's file;
 * `exportsOf` reads the module's own namespace (its body not yet among them).
 */
export function bodyInPlace(
  id: string,
  body: ComponentType<object>,
  hot: HotModule | undefined,
  exportsOf: () => Record<string, unknown>,
): ComponentType<object> {
  if (!hot) return body;
  const signature = exportsSignature(exportsOf());
  hot.accept();
  const page = pages.get(id);
  if (page && page.exports === signature) {
    page.body = body;
    for (const rerender of page.rerenders) rerender();
    return page.Body;
  }
  // A title, heading or metadata changed (or this is the first run): let
  // Docusaurus render the page again with every export new.
  if (page) hot.invalidate();
  const fresh = newPage(body, signature);
  pages.set(id, fresh);
  return fresh.Body;
}
