// Where the code-block component is once its chunk has run, and how to fetch
// it when it is not: see ../index.ts.
import type { ComponentType } from 'react';
import type { Props } from '@theme/CodeBlock';

type CodeBlockComponent = ComponentType<Props>;

let loaded: CodeBlockComponent | undefined;

export function registerCodeBlock(component: CodeBlockComponent): void {
  loaded = component;
}

/** The highlighting code block, if a page's chunk or an earlier load has brought it. */
export function loadedCodeBlock(): CodeBlockComponent | undefined {
  return loaded;
}

/** Fetches the highlighter's chunk (once) and gives its code block. */
export function loadCodeBlock(): Promise<CodeBlockComponent> {
  return import(/* webpackChunkName: "code-highlighter" */ './highlighter').then((module) => module.default);
}
