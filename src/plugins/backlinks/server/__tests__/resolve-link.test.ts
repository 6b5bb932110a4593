import { describe, expect, test } from 'vitest';

import { resolveDocLink } from '../resolve-link.ts';

const docs = {
  byFile: new Map([
    ['docs/culture/culture-deck.md', '/docs/culture/culture-deck'],
    ['docs/start-here.md', '/docs/start-here'],
    ['docs/glossary.md', '/docs/glossary'],
  ]),
  byUrl: new Map([
    ['/docs/culture/culture-deck', '/docs/culture/culture-deck'],
    ['/docs/start-here', '/docs/start-here'],
    ['/docs/glossary', '/docs/glossary'],
  ]),
};

describe('resolveDocLink', () => {
  test.each([
    ['./culture-deck.md', 'docs/culture/freedom.md', '/docs/culture/culture-deck'],
    ['../start-here.md#reading-path', 'docs/culture/freedom.md', '/docs/start-here'],
    ['culture/culture-deck.md', 'docs/start-here.md', '/docs/culture/culture-deck'],
    ['../../docs/glossary.md', 'blog/2017-post/index.md', '/docs/glossary'],
    ['/docs/culture/culture-deck', 'blog/2017-post/index.md', '/docs/culture/culture-deck'],
    ['/docs/culture/culture-deck/', 'docs/about.md', '/docs/culture/culture-deck'],
    ['/docs/glossary#pmc', 'docs/about.md', '/docs/glossary'],
    ['/docs/start-here?from=home', 'docs/about.md', '/docs/start-here'],
    ['@site/docs/start-here.md', 'docs/about.md', '/docs/start-here'],
    ['https://example.com/docs/start-here', 'docs/about.md', undefined],
    ['mailto:team@example.com', 'docs/about.md', undefined],
    ['#on-this-page', 'docs/about.md', undefined],
    ['/blog/2017/05/16/post', 'docs/about.md', undefined],
    ['./img/diagram.svg', 'docs/about.md', undefined],
  ])('%s from %s points at %s', (url, fromFile, expected) => {
    expect(resolveDocLink(url, fromFile, docs)).toBe(expected);
  });

  test('a link written with the baseUrl resolves too', () => {
    expect(resolveDocLink('/handbook/docs/start-here', 'docs/about.md', docs, '/handbook/')).toBe('/docs/start-here');
  });
});
