import { matchPath } from 'react-router';
import { describe, expect, test } from 'vitest';

import { docAtPath } from '../shared/doc-at-path.ts';

const docs = [
  { id: 'start-here', path: '/docs/start-here' },
  { id: 'culture/culture-deck', path: '/docs/culture/culture-deck' },
  { id: '/culture', path: '/docs/culture' },
  { id: 'culture/index-like', path: '/docs/culture/' },
  { id: 'mission/Roadmap', path: '/docs/mission/Roadmap' },
  { id: 'intro', path: '/docs' },
];

/** What the docs plugin's useActiveDocContext finds: the first doc whose path the router matches exactly. */
function byRouter(pathname: string) {
  return docs.find((doc) => matchPath(pathname, { path: doc.path, exact: true, strict: false }) !== null);
}

describe('docAtPath', () => {
  test.each([
    '/docs/start-here',
    '/docs/start-here/',
    '/docs/culture/culture-deck',
    '/docs/culture',
    '/docs/culture/',
    '/docs/Culture/Culture-Deck',
    '/docs/mission/roadmap',
    '/docs',
    '/docs/',
    '/docs/start',
    '/docs/start-here/more',
    '/blog/some-post',
    '/',
  ])('finds the doc the router matches at %s', (pathname) => {
    expect(docAtPath(docs, pathname)).toBe(byRouter(pathname));
  });

  test('an unknown path finds nothing, and a new list of docs gets its own index', () => {
    expect(docAtPath(docs, '/docs/nowhere')).toBeUndefined();
    const moved = [{ id: 'start-here', path: '/docs/welcome' }];
    expect(docAtPath(moved, '/docs/welcome')).toBe(moved[0]);
    expect(docAtPath(moved, '/docs/start-here')).toBeUndefined();
    expect(docAtPath(docs, '/docs/start-here')).toBe(docs[0]);
  });
});
