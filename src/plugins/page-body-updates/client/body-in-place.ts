// The browser's half of ../body-in-place.cjs. Each Markdown page's module,
// each time it runs, hands its body component here and gets back a stable
// component that renders the latest body. When a save leaves the page's other
// exports as they were, the stable component re-renders in place and the
// update stops at the page. Otherwise the module invalidates itself and the
// update travels on to Docusaurus' client entry, which renders every page
// component again, as it does without this plugin.
import { createElement, useEffect, useReducer, type ComponentType } from 'react';

/** The slice of the bundler's hot-update API this uses (`import.meta.webpackHot`). */
export type HotModule = { accept(): void; invalidate(): void };

type Page = {
  body: ComponentType<object>;
  /** The page's other exports, as JSON. */
  exports: string;
  /** This run handed the update on; the next run of the module is Docusaurus rendering the page again. */
  handedOn: boolean;
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

function newPage(body: ComponentType<object>, exports: string, handedOn: boolean): Page {
  const page: Page = {
    body,
    exports,
    handedOn,
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

/** What a run of a page's module does with its new body. */
export type Step = 'first run' | 'in place' | 'hand on' | 'handed on';

/**
 * - in place: the other exports are as they were and the body is on screen;
 * - hand on: something besides the body changed, or no body of this page is
 *   on screen to re-render (the page is not open, or an error took its place),
 *   so Docusaurus renders the page again, as it does without this plugin;
 * - handed on: the run that follows a hand-on, while Docusaurus renders the
 *   page again (handing on once more would never end).
 */
export function nextStep(page: Pick<Page, 'exports' | 'handedOn' | 'rerenders'> | undefined, signature: string): Step {
  if (!page) return 'first run';
  if (page.handedOn) return 'handed on';
  return page.exports === signature && page.rerenders.size > 0 ? 'in place' : 'hand on';
}

/**
 * Called by the page's module each time it runs. `id` is the page's module;
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
  const step = nextStep(page, signature);
  if (page && step !== 'hand on') {
    page.body = body;
    page.exports = signature;
    page.handedOn = false;
    for (const rerender of page.rerenders) rerender();
    return page.Body;
  }
  if (step === 'hand on') hot.invalidate();
  const fresh = newPage(body, signature, step === 'hand on');
  pages.set(id, fresh);
  return fresh.Body;
}
