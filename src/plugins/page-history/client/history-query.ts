// What the history view's query asks for. The page path becomes part of a
// fetch URL, so only a plain site path is accepted.

export type HistoryQuery = {
  /** The page's path, baseUrl included, or null when none (or an unusable one) was given. */
  page: string | null;
  diff: string | null;
  from: string | null;
  to: string | null;
  /** Why the page was not accepted, for the reader. */
  problem?: string;
};

const PAGE_PATH = /^\/[A-Za-z0-9._~%/-]*$/;
const COMMIT = /^[0-9a-f]{4,64}$/;

function commitParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && COMMIT.test(value) ? value : null;
}

export function parseHistoryQuery(search: string): HistoryQuery {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  const rest = { diff: commitParam(params, 'diff'), from: commitParam(params, 'from'), to: commitParam(params, 'to') };
  if (page === null || page === '') return { page: null, ...rest };
  if (!PAGE_PATH.test(page) || page.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { page: null, ...rest, problem: `"${page}" is not the path of a handbook page, such as /docs/start-here.` };
  }
  return { page: page.length > 1 ? page.replace(/\/+$/, '') : page, ...rest };
}
