import { describe, expect, test } from 'vitest';

import { glossaryTips, mentionPattern, parseGlossary } from '../glossary.ts';

describe('mentionPattern', () => {
  test.each([
    ['PMC', 'Reading PMCs needs access', false],
    ['PMC', 'One PMC counts cycles', true],
    ['PMCs', 'Reading PMCs needs access', true],
    ['CORE', 'the core team', false],
    ['CORE', 'the CORE team', true],
    ['flame graph', 'A Flame Graph shows stacks', true],
    ['flame graph', 'flame graphs', false],
    ['perf', 'perf-tools is a collection', false],
    ['perf-tools', 'use perf-tools today', true],
    ['1:1', 'a 1:1 with your manager', true],
    ['C++', 'code in C++ and Java', true],
  ])('%s in "%s" is a mention: %s', (name, text, expected) => {
    expect(mentionPattern(name).test(text)).toBe(expected);
  });
});

describe('parseGlossary', () => {
  test('sorts entries by term and fills in empty lists', () => {
    const entries = parseGlossary(
      '- {id: slab, term: slab, definition: A kernel allocator.}\n- {id: bpf, term: BPF, definition: In-kernel VM.}',
    );
    expect(entries.map((entry) => entry.term)).toEqual(['BPF', 'slab']);
    expect(entries[0]?.synonyms).toEqual([]);
  });

  test.each([
    ['- {id: Bad Id, term: x, definition: y}', /entry 0\.id: use kebab-case/],
    ['- {id: x, term: x}', /entry 0\.definition/],
    ['- {id: x, term: x, definition: y, synonym: [z]}', /entry 0: .*synonym/],
    ['- {id: x, term: x, definition: y}\n- {id: x, term: y, definition: z}', /id "x" is used twice/],
  ])('rejects %s', (yamlText, message) => {
    expect(() => parseGlossary(yamlText, 'glossary.yml')).toThrow(message);
  });
});

describe('glossaryTips', () => {
  test('gives each entry its tooltip, with the expansion when there is one', () => {
    const entries = parseGlossary(
      '- {id: pmc, term: PMC, expansion: performance monitoring counter, definition: A hardware event counter.}\n' +
        '- {id: flame-graph, term: Flame graph, definition: A picture of sampled stacks.}',
    );
    expect(glossaryTips(entries)).toEqual({
      pmc: 'PMC (performance monitoring counter): A hardware event counter.',
      'flame-graph': 'Flame graph: A picture of sampled stacks.',
    });
  });
});
