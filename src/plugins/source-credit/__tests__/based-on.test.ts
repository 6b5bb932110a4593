import { describe, expect, test } from 'vitest';

import { creditSentence, creditStructuredData, readBasedOn } from '../shared/based-on.ts';

const SOURCE = {
  title: 'Working at Netflix 2017',
  url: 'http://brendangregg.com/blog/2017-05-16/working-at-netflix-2017.html',
  author: 'Brendan Gregg',
  author_title: 'Performance engineer at Netflix',
};
const BASED_ON = { title: SOURCE.title, url: SOURCE.url, author: SOURCE.author, authorTitle: SOURCE.author_title };

describe('readBasedOn', () => {
  test.each([
    ['a post without based_on', {}, undefined],
    ['a complete based_on', { based_on: SOURCE }, BASED_ON],
    ['a based_on without its author', { based_on: { ...SOURCE, author: undefined } }, undefined],
    ['a based_on with an empty title', { based_on: { ...SOURCE, title: ' ' } }, undefined],
    ['a based_on that is text', { based_on: 'Gregg' }, undefined],
  ])('%s', (_name, frontMatter, expected) => {
    expect(readBasedOn(frontMatter)).toEqual(expected);
  });
});

describe('creditStructuredData', () => {
  const maintainers = { '@type': 'Person', name: 'Handbook maintainers', description: 'Engineering Culture Handbook' };
  const posting = { '@type': 'BlogPosting', headline: 'Three years', author: maintainers };

  test('a retold post gets the source as isBasedOn, its author a Person with a job title', () => {
    const credited = creditStructuredData(
      posting,
      [{ key: 'handbook-maintainers', name: 'Handbook maintainers' }],
      BASED_ON,
    );
    expect(credited).toEqual({
      '@type': 'BlogPosting',
      headline: 'Three years',
      author: { ...maintainers, '@type': 'Organization' },
      isBasedOn: {
        '@type': 'BlogPosting',
        name: SOURCE.title,
        headline: SOURCE.title,
        url: SOURCE.url,
        author: { '@type': 'Person', name: 'Brendan Gregg', jobTitle: 'Performance engineer at Netflix' },
      },
    });
  });

  test.each([
    ['a person stays a Person', [{ key: 'jane', name: 'Handbook maintainers' }], 'Person'],
    ['an inline author (no key) stays a Person', [{ key: null, name: 'Handbook maintainers' }], 'Person'],
    [
      'the group author becomes an Organization',
      [{ key: 'handbook-maintainers', name: 'Handbook maintainers' }],
      'Organization',
    ],
  ])('%s', (_name, authors, type) => {
    expect(creditStructuredData(posting, authors, undefined)).toEqual({
      ...posting,
      author: { ...maintainers, '@type': type },
    });
  });

  test('several authors are retyped one by one', () => {
    const two = { ...posting, author: [maintainers, { '@type': 'Person', name: 'Jane' }] };
    const credited = creditStructuredData(
      two,
      [
        { key: 'handbook-maintainers', name: 'Handbook maintainers' },
        { key: 'jane', name: 'Jane' },
      ],
      undefined,
    );
    expect(credited.author).toEqual([
      { ...maintainers, '@type': 'Organization' },
      { '@type': 'Person', name: 'Jane' },
    ]);
  });
});

test('creditSentence names the writers, the source post, its address and its author', () => {
  expect(creditSentence(BASED_ON, ['Handbook maintainers'])).toBe(
    `By Handbook maintainers. Based on Brendan Gregg's post “Working at Netflix 2017” (${SOURCE.url}); source author: Brendan Gregg, Performance engineer at Netflix.`,
  );
});
