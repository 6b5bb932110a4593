import { describe, expect, test } from 'vitest';

import { splitFrontMatter } from '../front-matter.ts';

describe('splitFrontMatter', () => {
  test.each([
    ['---\ntitle: A\n---\nBody', { yamlText: 'title: A', body: 'Body', bodyStartLine: 4 }],
    ['---\ntitle: A\nowner: x\n---\n\nBody', { yamlText: 'title: A\nowner: x', body: '\nBody', bodyStartLine: 5 }],
    ['No front matter', { yamlText: '', body: 'No front matter', bodyStartLine: 1 }],
    ['---\nnever closed', { yamlText: '', body: '---\nnever closed', bodyStartLine: 1 }],
  ])('%j', (source, expected) => {
    expect(splitFrontMatter(source)).toMatchObject(expected);
  });
});
