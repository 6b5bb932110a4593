// Under `npm start` the index is written into a static directory of the site
// after each save. Rspack watches that directory too (it is reported as
// modified when the index folder is swapped), so each new index started one
// more compile, which the next save's hot update could have to wait for. The
// bundler never needs to see the index, so its watcher is told to ignore it
// (design/dev-loop.md).
import { sep } from 'node:path';

/** What Rspack's `watchOptions.ignored` accepts. */
export type WatchIgnored = string | string[] | RegExp | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `ignored` with `dir` (an absolute folder) and everything inside it added,
 * keeping what was ignored before: a regular expression stays one (Docusaurus
 * ignores node_modules with one), globs get one more glob.
 */
export function ignoreInWatch(ignored: WatchIgnored, dir: string): string[] | RegExp {
  const folder = dir.endsWith(sep) ? dir.slice(0, -1) : dir;
  if (ignored instanceof RegExp) {
    const flags = ignored.flags.replace('g', '');
    return new RegExp(`(?:${ignored.source})|(?:^${escapeRegExp(folder)}(?:[\\\\/]|$))`, flags);
  }
  const globs = ignored === undefined ? [] : Array.isArray(ignored) ? ignored : [ignored];
  return [...globs, folder, `${folder}/**`];
}
