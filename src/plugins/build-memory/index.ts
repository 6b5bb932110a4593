// A production build first bundles the site (the main thread compiles every
// MDX page) and then renders the pages on worker threads. When bundling
// ends, the main thread's heap still holds 300-650 MB of garbage from the
// compile at 2,000 pages: V8 has had no memory pressure to collect it, so it
// stays while the render threads start beside it, and the build's peak
// memory includes it. One full collection once the last bundle is done
// (0.1 s) takes it out: peak 2.41-2.50 GiB against 2.68-2.82 GiB without,
// three alternating builds each, no slower (issue #8). Docusaurus has no
// lifecycle hook between bundling and rendering; the bundler's `done` is the
// last moment before it.
//
// Try: /usr/bin/time -v npm run build   (compare "Maximum resident set size")
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Plugin } from '@docusaurus/types';
import type { Compiler } from 'webpack';

type GarbageCollector = () => void;

let fullCollection: GarbageCollector | undefined;

/** A full V8 garbage collection, whether or not Node was started with --expose-gc. */
export function collectGarbage(): void {
  fullCollection ??= exposeGarbageCollector();
  fullCollection();
}

function exposeGarbageCollector(): GarbageCollector {
  const exposed = (globalThis as { gc?: GarbageCollector }).gc;
  if (exposed) return exposed;
  // A new context made while the flag is on gets `gc`. The flag goes off at
  // once, so the render threads started later do not get it: Docusaurus's
  // perf logger collects on every line wherever `gc` exists.
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as GarbageCollector;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Bundler plugins, one per bundle (client, server), that call `collect` once:
 * when the last of them is done.
 */
export function collectWhenBundlesAreDone(collect: GarbageCollector = collectGarbage) {
  let bundles = 0;
  let done = 0;
  return () => {
    bundles++;
    return {
      apply(compiler: Compiler) {
        compiler.hooks.done.tap('build-memory', () => {
          done++;
          if (done === bundles) collect();
        });
      },
    };
  };
}

export default function buildMemoryPlugin(): Plugin {
  const bundlerPlugin = collectWhenBundlesAreDone();
  return {
    name: 'build-memory',
    configureWebpack(config) {
      // Production builds only: `docusaurus start` rebundles on every save.
      return config.mode === 'production' ? { plugins: [bundlerPlugin()] } : {};
    },
  };
}
