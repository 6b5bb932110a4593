// A ```mermaid block and whether it can be published: what the checks, the
// store of rendered diagrams and the rehype step share. Kept apart from
// find-diagrams.ts, which loads a Markdown parser that the site config (through
// the rehype step) need not load (design/dev-loop.md).

/** The info string of a fenced code block that holds a diagram. */
export const MERMAID_LANGUAGE = 'mermaid';

export type DiagramBlock = {
  /** Site-relative source file, e.g. docs/day-in-the-life/meetings.md. */
  file: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  source: string;
};

/** Mermaid's accessible title or description lines (accTitle: …, accDescr: … or accDescr { … }). */
const ACCESSIBLE_NAME = /^[ \t]*(accTitle[ \t]*:[ \t]*\S|accDescr[ \t]*(:[ \t]*\S|\{))/m;

/** Why a diagram cannot be published as it is, or undefined when it can. */
export function diagramProblem(source: string): string | undefined {
  if (source.trim() === '') {
    return 'the mermaid block is empty; write the diagram in it (see CONTRIBUTING.md, "Diagrams") or remove the block';
  }
  if (!ACCESSIBLE_NAME.test(source)) {
    return 'the diagram has no accessible name; add a line "accTitle: <what it shows>" (and "accDescr: <one sentence>") inside the block, so screen readers can name it';
  }
  return undefined;
}
