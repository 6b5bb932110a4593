/** What a doc page needs of a doc as the docs plugin's global data lists it. */
export type DocAtPath = { id: string; path: string };

const indexes = new WeakMap<readonly DocAtPath[], Map<string, DocAtPath>>();

/** A path as the router compares it with a doc's: letter case and trailing slashes do not count. */
function pathKey(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '');
}

/**
 * The doc whose page is at `pathname`, found by look-up: the docs plugin's own
 * `useActiveDocContext` tries the path of every doc in turn, which on a site
 * of thousands of pages costs each doc page milliseconds, on the server and in
 * the reader's browser. The index is built once per list of docs.
 */
export function docAtPath<Doc extends DocAtPath>(docs: readonly Doc[], pathname: string): Doc | undefined {
  let index = indexes.get(docs);
  if (index === undefined) {
    index = new Map();
    for (const doc of docs) {
      const key = pathKey(doc.path);
      if (!index.has(key)) index.set(key, doc);
    }
    indexes.set(docs, index);
  }
  return index.get(pathKey(pathname)) as Doc | undefined;
}
