// Which sidebar items are active and visible for the page being shown,
// answered by look-up. The docs plugin's own checks walk a category's whole
// subtree for every category the theme renders, on every page: each page's
// render does work in proportion to the sidebar, and a build renders every
// page (design/sidebar-lookup.md). Here each category's paths are gathered
// into a set the first time it is asked about, and kept for as long as the
// sidebar's objects live, so a check is one look-up.
import { useMemo } from 'react';
import type { PropSidebarItem, PropSidebarItemCategory } from '@docusaurus/plugin-content-docs';

/** A path as the theme compares paths: one trailing slash, letter case ignored. Empty stays empty. */
function pathKey(path: string): string {
  if (!path) return path;
  return (path.endsWith('/') ? path : `${path}/`).toLowerCase();
}

const pathsUnder = new WeakMap<PropSidebarItemCategory, ReadonlySet<string>>();
const listedUnder = new WeakMap<PropSidebarItemCategory, boolean>();

/** The keys of the category's own link and of every link and category link inside it. */
function categoryPaths(category: PropSidebarItemCategory): ReadonlySet<string> {
  const known = pathsUnder.get(category);
  if (known) return known;
  const paths = new Set<string>();
  if (category.href !== undefined) paths.add(pathKey(category.href));
  for (const item of category.items) {
    if (item.type === 'link') paths.add(pathKey(item.href));
    else if (item.type === 'category') for (const path of categoryPaths(item)) paths.add(path);
  }
  pathsUnder.set(category, paths);
  return paths;
}

/** Shown whatever the page: a listed link, HTML, or a category with such an item or a listed link of its own. */
function isListed(item: PropSidebarItem): boolean {
  if (item.type === 'link') return !item.unlisted;
  if (item.type !== 'category') return true;
  const known = listedUnder.get(item);
  if (known !== undefined) return known;
  const listed = (item.href !== undefined && !item.linkUnlisted) || item.items.some(isListed);
  listedUnder.set(item, listed);
  return listed;
}

/** The item is the page at `activePath`, or a category holding it: the docs plugin's `isActiveSidebarItem`. */
export function isActiveSidebarItem(item: PropSidebarItem, activePath: string): boolean {
  if (item.type === 'link') return pathKey(item.href) === pathKey(activePath);
  if (item.type === 'category') return categoryPaths(item).has(pathKey(activePath));
  return false;
}

/** The item is listed, or active though unlisted: the docs plugin's `isVisibleSidebarItem`. */
export function isVisibleSidebarItem(item: PropSidebarItem, activePath: string): boolean {
  return isListed(item) || isActiveSidebarItem(item, activePath);
}

/** The items to render at one level of the sidebar: the docs plugin's `useVisibleSidebarItems`. */
export function useVisibleSidebarItems(items: readonly PropSidebarItem[], activePath: string): PropSidebarItem[] {
  return useMemo(() => items.filter((item) => isVisibleSidebarItem(item, activePath)), [items, activePath]);
}
