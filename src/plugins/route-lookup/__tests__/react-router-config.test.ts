import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { matchPath, StaticRouter } from 'react-router';
import * as original from 'react-router-config';
import { describe, expect, test } from 'vitest';

import { findRoute, matchRoutes, renderRoutes, type RouteConfig } from '../client/react-router-config.ts';
import { candidatePositions } from '../client/route-candidates.ts';

// Renders which route it is, its match and the props passed down, so two
// renderings differ if anything the page would see differs.
function Page(props: {
  route?: RouteConfig;
  match: { url: string; params: object; isExact: boolean };
  extra?: string;
}) {
  return createElement(
    'p',
    null,
    `${String(props.route?.name)} url=${props.match.url} exact=${props.match.isExact} params=${JSON.stringify(props.match.params)} extra=${props.extra ?? '-'}`,
  );
}

type RenderRoutes = typeof original.renderRoutes;

// Renders its nested routes with the renderRoutes under test, handed down as
// an extra prop, as Docusaurus's layouts call the aliased one.
function Layout(props: { route: RouteConfig; renderNested: RenderRoutes }): ReactNode {
  return createElement(
    'main',
    null,
    `layout ${String(props.route.name)}`,
    props.renderNested(props.route.routes, { renderNested: props.renderNested }),
  );
}

const route = (name: string, config: Partial<RouteConfig>): RouteConfig => ({ name, component: Page, ...config });

// Shaped like Docusaurus's @generated/routes, plus every kind of route
// path-to-regexp treats differently from a plain path.
const docs: RouteConfig[] = [
  route('doc-a', { path: '/docs/culture/freedom', exact: true }),
  route('doc-tag', { path: '/docs/tags/:tag', exact: true }),
  route('doc-upper', { path: '/docs/Upper/Case', exact: true }),
  route('doc-slash', { path: '/docs/ends-with-slash/', exact: true }),
  route('doc-double-slash', { path: '/docs/double//', exact: true }),
  route('doc-dot', { path: '/docs/file.html', exact: true }),
  route('doc-question', { path: '/docs/what?', exact: true }),
  route('doc-sensitive', { path: '/docs/Sensitive', exact: true, sensitive: true }),
  route('doc-strict', { path: '/docs/strict/', exact: true, strict: true }),
  route('doc-prefix', { path: '/docs/prefix' }),
  route('doc-array', { path: ['/docs/one', '/docs/two'], exact: true }),
  route('doc-duplicate', { path: '/docs/culture/freedom', exact: true }),
  route('doc-non-ascii', { path: '/docs/caf\u00e9', exact: true }),
  route('doc-k', { path: '/docs/k', exact: true }),
  route('doc-sigma', { path: '/docs/\u03c3', exact: true }),
  route('doc-catch-all', { path: '*' }),
];
const routes: RouteConfig[] = [
  route('home', { path: '/', exact: true }),
  route('blog-post', { path: '/blog/:year/:slug', exact: true }),
  route('blog', { path: '/blog', exact: true }),
  { name: 'docs-root', path: '/docs', component: Layout as RouteConfig['component'], routes: docs },
  {
    name: 'pathless',
    component: Layout as RouteConfig['component'],
    routes: [route('nested', { path: '/nested', exact: true })],
  },
  route('not-found', { path: '*' }),
];

const pathnames = [
  '',
  '/',
  '//',
  '/blog',
  '/BLOG/',
  '/blog//',
  '/blog/2017/three-years',
  '/docs',
  '/docs/',
  '/docs/culture/freedom',
  '/DOCS/Culture/FREEDOM/',
  '/docs/culture/freedom//',
  '/docs/culture',
  '/docs/tags/perf',
  '/docs/upper/case',
  '/docs/ends-with-slash',
  '/docs/ends-with-slash/',
  '/docs/double',
  '/docs/double/',
  '/docs/double//',
  '/docs/double///',
  '/docs/file.html',
  '/docs/fileXhtml',
  '/docs/what',
  '/docs/wha',
  '/docs/what?',
  '/docs/Sensitive',
  '/docs/sensitive',
  '/docs/strict',
  '/docs/strict/',
  '/docs/prefix',
  '/docs/prefix/deeper',
  '/docs/one',
  '/docs/two/',
  '/docs/caf\u00e9',
  '/docs/CAF\u00c9',
  '/docs/\u212a', // Kelvin sign: lower-cases to "k", yet a non-unicode /i never matches it to k
  '/docs/K',
  '/docs/\u03c2', // final sigma: matches σ under /i, as both upper-case to Σ, but lower-cases to itself
  '/docs/%20space',
  '/nested',
  '/nested/',
  '/missing',
];

describe('matchRoutes', () => {
  test.each(pathnames)('%j: the same routes and matches as react-router-config', (pathname) => {
    expect(matchRoutes(routes, pathname)).toStrictEqual(original.matchRoutes(routes, pathname));
  });
});

describe('findRoute', () => {
  test.each(pathnames)('%j: the first doc route matchPath accepts', (pathname) => {
    expect(findRoute(docs, pathname)).toBe(docs.find((doc) => matchPath(pathname, doc)));
  });
});

describe('renderRoutes', () => {
  const render = (tree: ReactNode, location: string) =>
    renderToStaticMarkup(createElement(StaticRouter, { location }, tree));

  test.each(pathnames)('%j: the same page as react-router-config renders', (pathname) => {
    const ours = render(renderRoutes(routes, { extra: 'x', renderNested: renderRoutes }), pathname);
    expect(ours).toBe(
      render(original.renderRoutes(routes, { extra: 'x', renderNested: original.renderRoutes }), pathname),
    );
    expect(ours).not.toBe('');
  });

  test('a location passed to the Switch wins over the router', () => {
    const location = { pathname: '/blog', search: '', hash: '', state: undefined };
    const ours = render(renderRoutes(routes, { renderNested: renderRoutes }, { location }), '/docs/culture/freedom');
    expect(ours).toBe(
      render(
        original.renderRoutes(routes, { renderNested: original.renderRoutes }, { location }),
        '/docs/culture/freedom',
      ),
    );
    expect(ours).toContain('blog url=/blog');
  });

  test('no routes render nothing', () => {
    expect(renderRoutes(undefined)).toBeNull();
  });
});

// Random routes and pathnames over the characters that matter to
// path-to-regexp: any difference from react-router-config is a route the
// index wrongly skipped. Pattern characters are rare, so most routes are
// plain paths and the first match lands anywhere in the list.
describe('random routes and pathnames', () => {
  const plain = ['/', 'a', 'B', 'c', '.', '-', '\u212a', 'k', '\u03c3', '\u03c2'];
  const syntax = [':', '*', '?', '(', ')', '+', '\\'];
  // The seed is part of the fixture: with some seeds an early prefix route
  // answers most pathnames, which the spread check below refuses.
  // A seeded generator (a linear congruential one): the same routes on every run, so a failure reproduces.
  let seed = 1;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = (from: readonly string[]) => from[Math.floor(random() * from.length)] ?? '';
  const text = (length: number) =>
    Array.from({ length }, () => (random() < 0.04 ? pick(syntax) : pick(plain))).join('');
  // A route's own path, changed the ways a reader's URL may differ from it.
  const variant = (path: string) =>
    pick([path, path.toUpperCase(), `${path}/`, path.replace(/\/$/, ''), `${path}//`, path.toLowerCase()]);

  test('1,000 pathnames against 300 routes match as react-router-config matches them', () => {
    const randomRoutes = Array.from({ length: 300 }, (_, i) =>
      route(`r${i}`, {
        path: `/${text(1 + Math.floor(random() * 5))}`,
        exact: random() < 0.97,
        strict: random() < 0.1,
        sensitive: random() < 0.1,
      }),
    );
    const firstMatches = new Set<unknown>();
    for (let i = 0; i < 1000; i++) {
      const pathname =
        i % 3 === 0 ? `/${text(1 + Math.floor(random() * 5))}` : variant(String(randomRoutes[i % 300]?.path));
      const expected = original.matchRoutes(randomRoutes, pathname);
      firstMatches.add(expected[0]?.route.name);
      expect(matchRoutes(randomRoutes, pathname), pathname).toStrictEqual(expected);
    }
    // Not one catch-all route answering everything: the comparison covers many routes and misses.
    expect(firstMatches.size).toBeGreaterThan(100);
    expect(firstMatches).toContain(undefined);
  });
});

describe('candidatePositions', () => {
  const manyDocs = Array.from({ length: 2000 }, (_, i) =>
    route(`doc-${i}`, { path: `/docs/generated/page-${i}`, exact: true }),
  );
  const withWildcards = [
    ...manyDocs,
    route('tag', { path: '/docs/tags/:tag', exact: true }),
    route('all', { path: '*' }),
  ];

  test('a plain page among 2,000 is found by look-up: its own route and the two that are not plain paths', () => {
    expect(candidatePositions(withWildcards, '/docs/generated/page-1234')).toEqual([1234, 2000, 2001]);
    expect(candidatePositions(withWildcards, '/docs/generated/page-1234/')).toEqual([1234, 2000, 2001]);
  });

  test('an unknown page is left to the routes that are not plain paths', () => {
    expect(candidatePositions(withWildcards, '/docs/generated/nope')).toEqual([2000, 2001]);
  });
});
