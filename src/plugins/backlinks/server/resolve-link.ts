import { posix } from 'node:path';

import { withoutBaseUrl } from '../../../content/handbook-pages.ts';

/** What a link can point at: a doc's source file (site-relative) or its URL path. */
export type DocIndex = {
  byFile: ReadonlyMap<string, string>;
  byUrl: ReadonlyMap<string, string>;
};

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The path part of a URL without query, fragment or trailing slash. */
function pathOnly(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * The permalink of the doc a link points at, or undefined when it points
 * elsewhere (another site, an image, the blog). Relative links resolve from
 * the linking file, the way Docusaurus resolves `./page.md`; absolute ones
 * are matched against doc URLs, with or without the site's baseUrl.
 */
export function resolveDocLink(url: string, fromFile: string, docs: DocIndex, baseUrl = '/'): string | undefined {
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) return undefined;
  let path: string;
  try {
    path = decodeURI(pathOnly(url));
  } catch {
    return undefined;
  }
  if (path.startsWith('/')) {
    const withoutBase = withoutBaseUrl(path, baseUrl);
    return docs.byUrl.get(withoutBase) ?? docs.byUrl.get(path) ?? docs.byFile.get(withoutBase.slice(1));
  }
  if (path.startsWith('@site/')) return docs.byFile.get(path.slice('@site/'.length));
  const target = posix.normalize(posix.join(posix.dirname(fromFile), path));
  return docs.byFile.get(target);
}
