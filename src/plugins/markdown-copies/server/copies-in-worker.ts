// Parsing every page's Markdown is the longest pass of postBuild. On a worker
// thread it runs beside the passes that stay on the main thread (the print
// edition, the feeds), so the build's second core is not left idle
// (design/markdown-copies.md).
import { join } from 'node:path';

import { firstMessageFrom } from '../../../content/worker-result.ts';
import type { MarkdownSite, WrittenCopies } from './write-copies.ts';

/**
 * The worker's old generation, in MB. It holds the pages' text and the copies
 * (tens of MB at 2,000 long pages) and one page's syntax tree at a time;
 * uncapped, V8 lets its garbage pile up beside the page rendering.
 */
const HEAP_LIMIT_MB = 256;

/** writeMarkdownCopies(site, outDir) on a worker thread; rejects with the worker's own error. */
export function writeMarkdownCopiesInWorker(site: MarkdownSite, outDir: string): Promise<WrittenCopies> {
  return firstMessageFrom(
    join(__dirname, 'copies-worker.mjs'),
    { modulePath: join(__dirname, 'write-copies.ts'), site, outDir },
    'Markdown copies',
    { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  );
}
