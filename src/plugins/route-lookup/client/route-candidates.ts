// Which routes of a list could match a pathname, without trying each one.
//
// react-router matches a pathname by trying every route of a list in order
// (`matchPath`, a regular expression per route) until one matches. For every
// page it renders, Docusaurus does that over the list of every doc at least
// three times (locating the page, preloading its chunks, the docs' Switch and
// DocRoot), so a site with n docs does n² matches to render them all
// (design/route-lookup.md).
//
// Most routes are plain ASCII paths matched exactly ("/docs/culture/
// freedom"). For those, a match means the pathname equals the path but for
// ASCII case and one trailing slash: that is what path-to-regexp compiles
// them to. So a Map from that normalized path finds them in one look-up.
// Every other route (parameters, wildcards, prefix matches, non-ASCII paths,
// no path at all) is always a candidate. Case-sensitive and strict routes
// match a subset of what the normalized path allows, so they are filed the
// same way. Candidates come back in list order and the caller still runs
// react-router's own `matchPath` on each, so the first match is the same
// route with the same match object as before: the index can only skip
// routes that cannot match.

/** The parts of a react-router route config the index reads. */
export type RoutePattern = {
  path?: string | readonly string[];
  exact?: boolean;
};

type RouteIndex = {
  /** Positions of plain exact routes, by normalized path. */
  byPath: Map<string, number[]>;
  /** Positions of every other route, in list order. */
  always: number[];
};

const indexes = new WeakMap<readonly RoutePattern[], RouteIndex>();

// path-to-regexp 1.x reads `:name`, `(group)`, `*` and `\` escapes as
// pattern syntax, and `?` `+` after them; anything else is literal text.
const PATTERN_SYNTAX = /[:()*\\?+]/;
// Beyond ASCII, a non-unicode `i` expression folds case by upper case (σ
// and ς both match Σ), which no lower-cased key can mirror.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Case-folding as a non-unicode `i` expression does it for ASCII; beyond ASCII it only adds candidates. */
function foldCase(text: string): string {
  return text.toLowerCase();
}

/**
 * The key a plain route is filed under: path-to-regexp (strict off) drops
 * one trailing slash from the path and then allows an optional one.
 */
function pathKey(path: string): string {
  return foldCase(path.endsWith('/') ? path.slice(0, -1) : path);
}

function plainExactPath(route: RoutePattern): string | undefined {
  const { path } = route;
  if (typeof path !== 'string' || path === '' || route.exact !== true) return undefined;
  if (PATTERN_SYNTAX.test(path) || !PRINTABLE_ASCII.test(path)) return undefined;
  return path;
}

function buildIndex(routes: readonly RoutePattern[]): RouteIndex {
  const byPath = new Map<string, number[]>();
  const always: number[] = [];
  routes.forEach((route, position) => {
    const path = plainExactPath(route);
    if (path === undefined) {
      always.push(position);
      return;
    }
    const key = pathKey(path);
    const positions = byPath.get(key);
    if (positions) positions.push(position);
    else byPath.set(key, [position]);
  });
  return { byPath, always };
}

function indexOf(routes: readonly RoutePattern[]): RouteIndex {
  let index = indexes.get(routes);
  if (!index) {
    index = buildIndex(routes);
    indexes.set(routes, index);
  }
  return index;
}

/** Merges sorted position lists into one sorted list without duplicates. */
function mergeSorted(lists: readonly (readonly number[])[]): number[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  const [only] = nonEmpty;
  if (only && nonEmpty.length === 1) return [...only];
  return [...new Set(nonEmpty.flat())].sort((a, b) => a - b);
}

/**
 * Positions, in list order, of the routes that may match `pathname`: every
 * route that does match is among them. A pathname the plain routes are
 * filed under is looked up as it is and without one trailing slash, since
 * a path ending in a slash is filed without it.
 */
export function candidatePositions(routes: readonly RoutePattern[], pathname: string): number[] {
  const { byPath, always } = indexOf(routes);
  const folded = foldCase(pathname);
  const exact = byPath.get(folded) ?? [];
  const withoutSlash = folded.endsWith('/') ? (byPath.get(folded.slice(0, -1)) ?? []) : [];
  return mergeSorted([always, exact, withoutSlash]);
}

/** The candidate routes themselves, with their positions in the list. */
export function candidateRoutes<Route extends RoutePattern>(
  routes: readonly Route[],
  pathname: string,
): { route: Route; position: number }[] {
  return candidatePositions(routes, pathname).flatMap((position) => {
    const route = routes[position];
    return route ? [{ route, position }] : [];
  });
}
