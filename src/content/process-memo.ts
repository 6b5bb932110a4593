// One cache per build process for work several plugins repeat on the same
// input (parsing each page's Markdown, its front matter).
//
// Docusaurus loads each plugin and the config with `requireCache: false`
// (@docusaurus/utils loadFreshModule), so every importer of a module gets its
// own copy of it: a module-level Map would be one cache per importer. The
// caches live in a process-wide registry instead, under a Symbol.for key.
import { statSync } from 'node:fs';

/** Enough for every page of a large handbook and the edits of a long `npm start` session. */
const ENTRY_LIMIT = 20_000;

const REGISTRY_KEY = Symbol.for('engineering-culture-handbook.process-memo');
const OBJECT_REGISTRY_KEY = Symbol.for('engineering-culture-handbook.process-memo-by-object');
const registry = globalThis as {
  [REGISTRY_KEY]?: Map<string, Map<string, unknown>>;
  [OBJECT_REGISTRY_KEY]?: Map<string, WeakMap<object, unknown>>;
};

/** The cache `name` of one registry, made on first use. */
function namedCache<C>(caches: Map<string, unknown>, name: string, create: () => C): C {
  if (!caches.has(name)) caches.set(name, create());
  return caches.get(name) as C;
}

/**
 * `compute`, remembered per input string for the life of the process (the
 * oldest entry goes first past ENTRY_LIMIT). Callers share the results, so
 * they must treat them as read-only.
 */
export function memoizeInProcess<V>(name: string, compute: (input: string) => V): (input: string) => V {
  const entries = namedCache((registry[REGISTRY_KEY] ??= new Map()), name, () => new Map<string, V>());
  return (input) => {
    if (entries.has(input)) return entries.get(input) as V;
    const value = compute(input);
    if (entries.size >= ENTRY_LIMIT) entries.delete(entries.keys().next().value as string);
    entries.set(input, value);
    return value;
  };
}

/**
 * `compute(key, ...args)`, remembered for as long as the object `key` lives
 * (the first call's `args` decide), and shared by name like memoizeInProcess.
 * Keyed by the `allContent` Docusaurus hands every plugin after one content
 * load, it lets the plugins that need every page's text read the pages once
 * per load instead of once each (design/dev-loop.md).
 */
export function memoizeByObjectInProcess<K extends object, A extends unknown[], V>(
  name: string,
  compute: (key: K, ...args: A) => V,
): (key: K, ...args: A) => V {
  const entries = namedCache((registry[OBJECT_REGISTRY_KEY] ??= new Map()), name, () => new WeakMap<K, V>());
  return (key, ...args) => {
    if (entries.has(key)) return entries.get(key) as V;
    const value = compute(key, ...args);
    entries.set(key, value);
    return value;
  };
}

/** Empties the cache `name` of this thread (a worker that needed it for one pass only). */
export function forgetInProcess(name: string): void {
  registry[REGISTRY_KEY]?.get(name)?.clear();
}

/**
 * `compute(path)`, remembered per file until the file changes (its size, or
 * its modification or change time): a stat per call instead of a read. Under
 * `npm start` every save makes several plugins ask for every page again; only
 * the saved one is read (design/dev-loop.md). A missing file is not cached.
 */
export function memoizeFileInProcess<V>(name: string, compute: (path: string) => V): (path: string) => V {
  const byStamp = memoizeInProcess(`file:${name}`, (key) => compute(key.slice(key.indexOf('\n') + 1)));
  const caches = registry[REGISTRY_KEY] as Map<string, Map<string, unknown>>;
  const latest = namedCache(caches, `file-latest:${name}`, () => new Map<string, string>());
  return (path) => {
    const stat = statSync(path);
    const key = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}\n${path}`;
    const previous = latest.get(path);
    // The older version of a saved file is dropped, so a long session keeps one entry per file.
    if (previous !== undefined && previous !== key) caches.get(`file:${name}`)?.delete(previous);
    latest.set(path, key);
    return byStamp(key);
  };
}
