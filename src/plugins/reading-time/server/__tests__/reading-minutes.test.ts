import { describe, expect, test } from 'vitest';

import { readingMinutes, WORDS_PER_MINUTE } from '../reading-minutes.ts';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('readingMinutes', () => {
  test.each([
    ['an empty page', '', 1],
    ['a short page', words(20), 1],
    ['exactly one minute', words(WORDS_PER_MINUTE), 1],
    ['just over a minute', words(WORDS_PER_MINUTE + 1), 2],
    ['code blocks do not count', `${words(10)}\n\n\`\`\`\n${words(1000)}\n\`\`\``, 1],
  ])('%s takes %s', (_case, markdown, minutes) => {
    expect(readingMinutes(markdown)).toBe(minutes);
  });
});
