import type { IndexFileLoader } from '../shared/engine/index-reader.ts';
import type { BuiltSearchIndex } from './build-search-index.ts';

/** Serves a freshly built index from memory, so tests and tools run the browser's engine in Node. */
export function memoryIndexLoader(built: BuiltSearchIndex): IndexFileLoader {
  return async (path) => {
    const content = built.files.get(path);
    if (content === undefined) throw new Error(`search index has no file ${path}`);
    return JSON.parse(content) as unknown;
  };
}
