// Golden files: each folder under glossary-terms/ holds an input.md and the
// HTML the plugin makes of it (output.html). Change the plugin, look at the
// diff, and accept it with: npx vitest run src/plugins/glossary -u
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { format, resolveConfig } from 'prettier';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';

import { parseGlossary } from '../glossary.ts';
import remarkGlossaryTerms, { firstMention, glossaryMatchers } from '../glossary-terms.ts';

const ENTRIES = parseGlossary(`
- id: flame-graph
  term: Flame graph
  synonyms: [flame graphs]
  definition: A picture of sampled stack traces.
- id: pmc
  term: PMC
  expansion: performance monitoring counter
  synonyms: [PMCs]
  definition: A hardware event counter.
- id: linux
  term: Linux
  definition: An operating system kernel.
- id: linux-4-9
  term: Linux 4.9
  definition: A kernel release from 2016.
- id: bpf
  term: BPF
  definition: An in-kernel virtual machine.
- id: ebpf
  term: eBPF
  definition: Extended BPF.
- id: sre
  term: SRE
  definition: Site reliability engineering.
- id: core
  term: CORE
  definition: The central SRE team.
- id: paging
  term: Paging
  synonyms: [paged, page]
  definition: Sending an urgent alert.
- id: one-on-one
  term: 1:1
  synonyms: [.NET one-on-one]
  definition: A private meeting of two.
- id: on-call
  term: On-call
  definition: Taking turns to answer alerts.
`);

const CASES_DIR = join(import.meta.dirname, 'glossary-terms');

async function render(markdown: string, path: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGlossaryTerms, { entries: ENTRIES });
  const file = new VFile({ value: markdown, path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const html = toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true });
  // Formatted the way the repository formats HTML, so a golden file reads well and passes \`npm run lint\`.
  const outputFile = join(CASES_DIR, 'any', 'output.html');
  return format(html, { ...(await resolveConfig(outputFile)), filepath: outputFile });
}

describe('remarkGlossaryTerms golden files', () => {
  const cases = readdirSync(CASES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  test.each(cases.map((entry) => entry.name))('%s', async (name) => {
    const input = readFileSync(join(CASES_DIR, name, 'input.md'), 'utf8');
    const path = name === 'glossary-page-untouched' ? '/site/docs/glossary.md' : `/site/docs/${name}.md`;
    await expect(await render(input, path)).toMatchFileSnapshot(join(CASES_DIR, name, 'output.html'));
  });
});

describe('firstMention', () => {
  const matchers = glossaryMatchers(ENTRIES, ['page']);
  test.each([
    ['flame graphs and PMCs', new Set<string>(), 'flame-graph', 'flame graphs'],
    ['flame graphs and PMCs', new Set(['flame-graph']), 'pmc', 'PMCs'],
    ['moved to Linux 4.9 today', new Set<string>(), 'linux-4-9', 'Linux 4.9'],
    ['the CORE team', new Set<string>(), 'core', 'CORE'],
    ['the core team', new Set<string>(), undefined, undefined],
    ['this page was paged', new Set<string>(), 'paging', 'paged'],
    ['after our 1:1, then BPF', new Set<string>(), 'one-on-one', '1:1'],
    ['a .NET ONE-ON-ONE chat', new Set<string>(), 'one-on-one', '.NET ONE-ON-ONE'],
    ['SRE work, then eBPF and BPF', new Set(['sre']), 'ebpf', 'eBPF'],
  ])('in "%s" (already marked: %o) finds %s', (text, marked, id, shown) => {
    const mention = firstMention(text, matchers, marked);
    expect(mention?.entry.id).toBe(id);
    expect(mention && text.slice(mention.start, mention.end)).toBe(shown);
  });
});
