/**
 * Where a page's Markdown copy is published, relative to the site's root:
 * its route with .md added (docs/culture -> docs/culture.md), or index.md
 * for a route ending in a slash. The build writes it there; the page links to it.
 */
export function copyPathFor(permalink: string, baseUrl: string): string {
  const route = permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, '');
  return route === '' || route.endsWith('/') ? `${route}index.md` : `${route}.md`;
}
