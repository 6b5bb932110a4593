import { describe, expect, test } from 'vitest';

import { diagramProblem } from '../shared/diagram-block.ts';
import { findDiagrams } from '../shared/find-diagrams.ts';

const NAMED = 'flowchart LR\n  accTitle: Two steps\n  a --> b';

describe('findDiagrams finds the mermaid blocks the build sees, with the line of each fence', () => {
  test.each([
    ['one block', `Intro.\n\n\`\`\`mermaid\n${NAMED}\n\`\`\`\n`, [5]],
    ['two blocks', `\`\`\`mermaid\n${NAMED}\n\`\`\`\n\ntext\n\n\`\`\`mermaid\n${NAMED}\n\`\`\`\n`, [3, 11]],
    ['inside a list item', `- item\n\n  \`\`\`mermaid\n  ${NAMED}\n  \`\`\`\n`, [5]],
    ['shown as an example inside a longer fence', `\`\`\`\`md\n\`\`\`mermaid\n${NAMED}\n\`\`\`\n\`\`\`\`\n`, []],
    ['another language', '```js\nconst a = 1;\n```\n', []],
    ['a tilde fence in a quote', `> ~~~mermaid\n> ${NAMED.replace(/\n/g, '\n> ')}\n> ~~~\n`, [3]],
    ['its language spelled with a character reference', `\`\`\`&#109;ermaid\n${NAMED}\n\`\`\`\n`, [3]],
    ['a backslash before a letter, which escapes nothing', `Text.\n\n~~~\\mermaid\n${NAMED}\n~~~\n`, []],
  ])('%s', (_name, body, lines) => {
    // The body starts on line 3 of its file, after a two-line front matter.
    expect(findDiagrams('docs/a.md', body, 3).map((block) => block.line)).toEqual(lines);
  });
});

describe('diagramProblem asks for what a published diagram needs', () => {
  test.each([
    ['an empty block', '  \n', /is empty/],
    ['no accTitle or accDescr', 'flowchart LR\n  a --> b', /no accessible name; add a line "accTitle:/],
    ['an empty accTitle', 'flowchart LR\n  accTitle:\n  a --> b', /no accessible name/],
  ])('%s', (_name, source, message) => {
    expect(diagramProblem(source)).toMatch(message);
  });

  test.each([
    ['accTitle', NAMED],
    ['a one-line accDescr', 'pie\n  accDescr: Two halves\n  "a" : 1'],
    ['a block accDescr', 'flowchart LR\n  accDescr {\n    Two steps\n  }\n  a --> b'],
  ])('%s is a name', (_name, source) => {
    expect(diagramProblem(source)).toBeUndefined();
  });
});
