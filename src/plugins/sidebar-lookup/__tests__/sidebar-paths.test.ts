// The look-ups give the docs plugin's own answers: its docsUtils module is
// loaded here as it ships, with the bundler-only modules it imports replaced
// by stand-ins that the sidebar checks never call (isSamePath is the theme's own).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';

import { seededRandom } from '../../../../bench/corpus.ts';
import * as lookup from '../client/sidebar-paths.ts';
import sidebarLookupPlugin, { DOCS_CLIENT_MODULE } from '../index.ts';

vi.mock('@generated/routes', () => ({ default: [] }));
vi.mock('@docusaurus/useDocusaurusContext', () => ({ default: () => ({}) }));
vi.mock('@docusaurus/router', () => ({ matchPath: () => null, useLocation: () => ({}) }));
vi.mock('@docusaurus/renderRoutes', () => ({ default: () => null }));
vi.mock('@docusaurus/theme-common', () => ({ uniq: <T>(values: T[]) => [...new Set(values)] }));
vi.mock('@docusaurus/theme-common/internal', async () => ({
  isSamePath: (await import('../../../../node_modules/@docusaurus/theme-common/lib/utils/routesUtils.js')).isSamePath,
}));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({}));
vi.mock('@docusaurus/plugin-content-docs/lib/client/docsPreferredVersion.js', () => ({}));
vi.mock('@docusaurus/plugin-content-docs/lib/client/docsVersion.js', () => ({}));
vi.mock('@docusaurus/plugin-content-docs/lib/client/docsSidebar.js', () => ({}));

type Checks = Pick<typeof lookup, 'isActiveSidebarItem' | 'isVisibleSidebarItem' | 'useVisibleSidebarItems'>;
const theme = (await import('@docusaurus/plugin-content-docs/lib/client/docsUtils.js')) as unknown as Checks;

/** A random sidebar: nested categories with and without links, unlisted items, HTML, paths in mixed case. */
function randomSidebar(seed: number): { items: PropSidebarItem[]; paths: string[] } {
  const random = seededRandom(seed);
  const paths: string[] = [];
  let next = 0;
  const newPath = (): string => {
    next += 1;
    const path = `/docs/${random() < 0.2 ? 'Section' : 'section'}-${next}${random() < 0.3 ? '/' : ''}`;
    paths.push(path);
    return path;
  };
  const level = (depth: number): PropSidebarItem[] =>
    Array.from({ length: depth === 0 ? 8 : 1 + Math.floor(random() * 4) }, (): PropSidebarItem => {
      const roll = random();
      if (roll < 0.1) return { type: 'html', value: '<hr/>' };
      if (roll < 0.45 && depth < 4) {
        const items = random() < 0.1 ? [] : level(depth + 1);
        const href = random() < 0.5 ? newPath() : undefined;
        return {
          type: 'category',
          label: `Category ${next}`,
          collapsed: random() < 0.5,
          collapsible: true,
          items,
          ...(href === undefined ? {} : { href, linkUnlisted: random() < 0.25 }),
        };
      }
      return { type: 'link', label: `Page ${next}`, href: newPath(), unlisted: random() < 0.2 };
    });
  return { items: level(0), paths };
}

function everyItem(items: readonly PropSidebarItem[]): PropSidebarItem[] {
  return items.flatMap((item) => [item, ...(item.type === 'category' ? everyItem(item.items) : [])]);
}

/** The pages a reader can be on: each path as written, in other letter case, with and without its slash, and others. */
function activePaths(paths: readonly string[]): string[] {
  return [
    ...paths,
    ...paths.map((path) => path.toUpperCase()),
    ...paths.map((path) => (path.endsWith('/') ? path.slice(0, -1) : `${path}/`)),
    '/docs/elsewhere',
    '/docs/',
    '/',
    '',
  ];
}

describe('sidebar look-ups', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('answer as the docs plugin does on random sidebar %i', (seed) => {
    const { items, paths } = randomSidebar(seed);
    const all = everyItem(items);
    expect(all.filter((item) => item.type === 'category').length).toBeGreaterThan(0);
    for (const activePath of activePaths(paths)) {
      for (const item of all) {
        const where = `${JSON.stringify(item).slice(0, 80)} at ${JSON.stringify(activePath)}`;
        expect(lookup.isActiveSidebarItem(item, activePath), where).toBe(theme.isActiveSidebarItem(item, activePath));
        expect(lookup.isVisibleSidebarItem(item, activePath), where).toBe(theme.isVisibleSidebarItem(item, activePath));
      }
    }
  });

  test('the random sidebars have active, hidden and unlisted-but-active items, so the comparison covers each case', () => {
    const cases = { active: 0, hidden: 0, unlistedActive: 0 };
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { items, paths } = randomSidebar(seed);
      for (const activePath of paths) {
        for (const item of everyItem(items)) {
          const active = theme.isActiveSidebarItem(item, activePath);
          const visible = theme.isVisibleSidebarItem(item, activePath);
          if (active && item.type === 'category') cases.active += 1;
          if (!visible) cases.hidden += 1;
          if (active && visible && item.type === 'link' && item.unlisted) cases.unlistedActive += 1;
        }
      }
    }
    expect(cases.active).toBeGreaterThan(10);
    expect(cases.hidden).toBeGreaterThan(10);
    expect(cases.unlistedActive).toBeGreaterThan(2);
  });

  test('the hook lists the same items at each level as the docs plugin’s hook', () => {
    const { items, paths } = randomSidebar(9);
    const levels = [items, ...everyItem(items).flatMap((item) => (item.type === 'category' ? [item.items] : []))];
    for (const activePath of paths) {
      const labels = (checks: Checks): string[] => {
        const seen: string[] = [];
        function Levels() {
          for (const level of levels) {
            seen.push(
              checks
                .useVisibleSidebarItems(level, activePath)
                .map((item) => JSON.stringify(item))
                .join('|'),
            );
          }
          return null;
        }
        renderToStaticMarkup(createElement(Levels));
        return seen;
      };
      expect(labels(lookup), activePath).toEqual(labels(theme));
    }
  });

  test('a category changed into a new object is answered afresh, not from the old one’s set', () => {
    const category: PropSidebarItem = {
      type: 'category',
      label: 'Guides',
      collapsed: true,
      collapsible: true,
      items: [{ type: 'link', label: 'One', href: '/docs/one' }],
    };
    expect(lookup.isActiveSidebarItem(category, '/docs/two')).toBe(false);
    const grown = { ...category, items: [...category.items, { type: 'link', label: 'Two', href: '/docs/two' }] };
    expect(lookup.isActiveSidebarItem(grown as PropSidebarItem, '/docs/two')).toBe(true);
  });
});

describe('sidebar-lookup plugin', () => {
  test("points the bundles' docs client entry, and only it, at the stand-in", () => {
    const plugin = sidebarLookupPlugin();
    const config = plugin.configureWebpack?.({} as never, false, {} as never, {} as never);
    expect(config).toEqual({ resolve: { alias: { '@docusaurus/plugin-content-docs/client$': DOCS_CLIENT_MODULE } } });
  });
});
