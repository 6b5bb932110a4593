// The order a newcomer reads the handbook in: the start-here page, then the
// pages its <ReadingPath> list links to, in the list's order, then any doc
// the list leaves out. llms-full.txt (and the printed packet) follow it, so
// the start-here page stays the one place that order is written down.
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { posix } from 'node:path';

export const START_HERE_FILE = 'docs/start-here.mdx';
const READING_PATH_COMPONENT = 'ReadingPath';

/** The files (docs/x.md) a start-here page's <ReadingPath> links to, in order. */
export function readingPathFiles(startHereSource: string, startHereFile = START_HERE_FILE): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(startHereSource) as Root;
  const files: string[] = [];
  visit(tree, 'mdxJsxFlowElement', (element) => {
    if (element.name !== READING_PATH_COMPONENT) return;
    visit(element, 'link', (link) => {
      const path = link.url.split('#')[0] ?? '';
      if (/^\.{1,2}\//.test(path) && /\.mdx?$/.test(path)) {
        files.push(posix.normalize(posix.join(posix.dirname(startHereFile), path)));
      }
    });
  });
  return [...new Set(files)];
}

/**
 * Every file in reading order: start-here, its reading path, then the rest in
 * the order given (the sidebar's). Files on the path that do not exist are left out.
 */
export function inReadingOrder(files: readonly string[], pathFiles: readonly string[]): string[] {
  const known = new Set(files);
  const first = [START_HERE_FILE, ...pathFiles].filter((file) => known.has(file));
  const seen = new Set(first);
  return [...first, ...files.filter((file) => !seen.has(file))];
}

/** The part of a docs sidebar item read here (the full type is internal to the docs plugin). */
export type SidebarItem = { type: string; id?: string; label?: string; items?: SidebarItem[] };

/** The doc ids a sidebar lists, depth first, as a reader meets them. */
export function docIdsIn(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => [...(item.type === 'doc' && item.id ? [item.id] : []), ...docIdsIn(item.items ?? [])]);
}

/** Docs sorted as the sidebars list them; docs no sidebar lists go last, in their own order. */
export function inSidebarOrder<Doc extends { id: string }>(
  docs: readonly Doc[],
  sidebarItems: readonly SidebarItem[],
): Doc[] {
  const sidebarOrder = docIdsIn(sidebarItems);
  // A Map, not indexOf: the sort asks for ranks n log n times, over every doc.
  const position = new Map<string, number>();
  sidebarOrder.forEach((id, index) => position.has(id) || position.set(id, index));
  const rank = (id: string) => position.get(id) ?? sidebarOrder.length;
  return [...docs].sort((a, b) => rank(a.id) - rank(b.id));
}
