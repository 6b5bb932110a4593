import { describe, expect, test } from 'vitest';

import { encodeText } from '../../server/build-histories.ts';
import { decodeTexts, diffParts, countWords, type DiffPart } from '../text-ops.ts';
import { wordDiff } from '../word-diff.ts';

const changed = (parts: DiffPart[]) => parts.filter((part) => part.kind !== 'same');

describe('wordDiff', () => {
  test.each([
    { name: 'same text', before: 'a b c', after: 'a b c', expected: [] },
    {
      name: 'a word replaced',
      before: 'we ship slow builds',
      after: 'we ship fast builds',
      expected: [
        { kind: 'removed', text: 'slow' },
        { kind: 'added', text: 'fast' },
      ],
    },
    {
      name: 'words added at the end',
      before: 'one',
      after: 'one two three',
      expected: [{ kind: 'added', text: ' two three' }],
    },
    {
      name: 'a paragraph removed',
      before: 'Keep.\n\nDrop this.\n\nEnd.',
      after: 'Keep.\n\nEnd.',
      expected: [{ kind: 'removed', text: 'Drop this.\n\n' }],
    },
    { name: 'from nothing', before: '', after: 'New page', expected: [{ kind: 'added', text: 'New page' }] },
  ])('$name', ({ before, after, expected }) => {
    expect(changed(wordDiff(before, after))).toEqual(expected);
  });

  test.each([
    ['we ship slow builds', 'we ship fast builds'],
    ['', 'all new'],
    ['all gone', ''],
    ['Tabs\tand  double  spaces\n\nand paragraphs', 'Tabs and double spaces\nand paragraphs, edited'],
    ['naïve café – “quotes”', 'naive cafe - "quotes"'],
  ])('puts the two texts back together exactly: %j -> %j', (before, after) => {
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  test('a paragraph rewritten whole is shown as removed, then added, between the lines that stayed', () => {
    const before = Array.from({ length: 400 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 400 }, (_, i) => `b${i}`).join(' ');
    expect(wordDiff(`Kept.\n${before}\nKept too.`, `Kept.\n${after}\nKept too.`)).toEqual([
      { kind: 'same', text: 'Kept.\n' },
      { kind: 'removed', text: `${before}\n` },
      { kind: 'added', text: `${after}\n` },
      { kind: 'same', text: 'Kept too.' },
    ]);
  });

  test('a small edit in a long page is found quickly, word by word', () => {
    const paragraphs = Array.from({ length: 300 }, (_, p) =>
      Array.from({ length: 60 }, (_, w) => `w${(p * 7 + w) % 500}`).join(' '),
    );
    const edited = paragraphs.map((text, p) => (p % 30 === 0 ? text.replace(/ w\d+ /, ' changed ') : text));
    const started = performance.now();
    const parts = wordDiff(paragraphs.join('\n\n'), edited.join('\n\n'));
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(
      Array.from({ length: 10 }, () => 'changed'),
    );
    // A whole-page word diff took seconds here; line by line it takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('encoded texts', () => {
  test('a chain of versions decodes to every version', () => {
    const versions = ['First words.', 'First words, then more.', 'Then more. First words went.', ''];
    const texts = versions.map((text, index) => ({
      base: index - 1,
      ops: encodeText(versions[index - 1] ?? '', text),
    }));
    expect(decodeTexts(texts)).toEqual(versions);
  });

  test('ops replay as the diff they came from', () => {
    const before = 'we ship slow builds';
    const after = 'we ship fast builds';
    expect(diffParts(before, encodeText(before, after))).toEqual(wordDiff(before, after));
  });

  test('a text written against a later one is refused', () => {
    expect(() => decodeTexts([{ base: 0, ops: ['x'] }])).toThrow(/later text/);
  });

  test.each([
    [[{ kind: 'added', text: 'two new words' }], { added: 3, removed: 0 }],
    [
      [
        { kind: 'removed', text: ' gone ' },
        { kind: 'same', text: 'kept words' },
      ],
      { added: 0, removed: 1 },
    ],
    [[{ kind: 'added', text: '\n\n' }], { added: 0, removed: 0 }],
  ] as [DiffPart[], { added: number; removed: number }][])('counts words in %j', (parts, expected) => {
    expect(countWords(parts)).toEqual(expected);
  });
});
