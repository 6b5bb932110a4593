import { describe, expect, test } from 'vitest';

import { splitSections } from '../split-sections.ts';

describe('splitSections', () => {
  test('splits at h2 and h3, keeps the introduction, folds h4 into its section', () => {
    const markdown = [
      'Intro text.',
      '## First part',
      'Body one.',
      '### A detail',
      'Body two.',
      '#### Small heading',
      'Body three.',
    ].join('\n\n');
    expect(splitSections(markdown)).toEqual([
      { heading: '', anchor: '', text: 'Intro text.' },
      { heading: 'First part', anchor: 'first-part', text: 'Body one.' },
      { heading: 'A detail', anchor: 'a-detail', text: 'Body two. Small heading Body three.' },
    ]);
  });

  test.each([
    ['an explicit id', '## Stated values {#values}', 'Stated values', 'values'],
    [
      'punctuation',
      '## Every two weeks: a 1:1 with your manager',
      'Every two weeks: a 1:1 with your manager',
      'every-two-weeks-a-11-with-your-manager',
    ],
    ['inline code', '## Using `perf` in containers', 'Using perf in containers', 'using-perf-in-containers'],
    ['inline HTML', '## <b>bold</b> claims', 'bold claims', 'bold-claims'],
  ])('anchor for a heading with %s', (_name, line, heading, anchor) => {
    expect(splitSections(line)[0]).toMatchObject({ heading, anchor });
  });

  test('numbers repeated headings the way Docusaurus does', () => {
    const anchors = splitSections('## Notes\n\nA\n\n## Notes\n\nB\n\n## Notes\n\nC').map((section) => section.anchor);
    expect(anchors).toEqual(['notes', 'notes-1', 'notes-2']);
  });

  test('keeps code, list and table text, drops HTML comments', () => {
    const markdown =
      '- one item\n\n| a | b |\n| - | - |\n| cell | x |\n\n```sh\nsudo opensnoop\n```\n\n<!-- truncate -->';
    expect(splitSections(markdown)[0]?.text).toBe('one item a b cell x sudo opensnoop');
  });
});
