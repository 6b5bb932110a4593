// Where a link in a page's Markdown points once the page is read outside the
// site: relative links to other pages (./culture-deck.md) become the page's
// published URL, site paths (/docs/glossary) gain the site's origin and
// baseUrl, and images point at the file the build published.
import { posix } from 'node:path';

export type SiteLinks = {
  /** siteConfig.url, e.g. https://handbook.example.org */
  siteUrl: string;
  /** siteConfig.baseUrl, e.g. / or /handbook/ */
  baseUrl: string;
  /** Each page's source file (docs/a/b.md, relative to the site) and its permalink (with the baseUrl). */
  permalinkByFile: ReadonlyMap<string, string>;
  /** The published URL path (with the baseUrl) of a file the page embeds, e.g. docs/img/a.svg; undefined when unknown. */
  assetPathOf?: (file: string) => string | undefined;
};

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const PAGE_SOURCE = /\.mdx?$/;

function splitSuffix(url: string): { path: string; suffix: string } {
  const at = url.search(/[?#]/);
  return at === -1 ? { path: url, suffix: '' } : { path: url.slice(0, at), suffix: url.slice(at) };
}

/** A path on the site (with or without the baseUrl) as an absolute URL. */
export function absoluteSiteUrl(links: Pick<SiteLinks, 'siteUrl' | 'baseUrl'>, path: string): string {
  const withBase = path.startsWith(links.baseUrl) ? path : `${links.baseUrl}${path.replace(/^\//, '')}`;
  return new URL(withBase, links.siteUrl.endsWith('/') ? links.siteUrl : `${links.siteUrl}/`).toString();
}

/** A function that makes every URL written in `pageFile` absolute; a page link it cannot place is left as written. */
export function urlResolverFor(links: SiteLinks, pageFile: string, pagePermalink: string): (url: string) => string {
  const pageDir = posix.dirname(pageFile);
  return (url) => {
    if (SCHEME.test(url) || url.startsWith('//')) return url;
    if (url.startsWith('#')) return absoluteSiteUrl(links, pagePermalink) + url;
    const { path, suffix } = splitSuffix(url);
    if (path === '') return url;
    if (path.startsWith('/')) return absoluteSiteUrl(links, path) + suffix;
    const file = posix.normalize(posix.join(pageDir, decodeURIComponent(path)));
    if (PAGE_SOURCE.test(file)) {
      const permalink = links.permalinkByFile.get(file);
      return permalink ? absoluteSiteUrl(links, permalink) + suffix : url;
    }
    const asset = links.assetPathOf?.(file);
    if (asset) return absoluteSiteUrl(links, asset) + suffix;
    // A relative URL path (./culture-deck), as the browser would read it on the page.
    return new URL(url, absoluteSiteUrl(links, pagePermalink)).toString();
  };
}
