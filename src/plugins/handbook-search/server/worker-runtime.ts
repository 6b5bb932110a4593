// The search worker is a bundle of its own, started with
// `new Worker(new URL('./worker.ts', import.meta.url))`. Docusaurus adds a
// runtime function (`__webpack_require__.gca`, its ChunkAssetPlugin) to every
// bundle's runtime, the worker's too, without saying that it needs
// `__webpack_require__`. Rspack 1 and webpack emit that function in every
// runtime anyway; Rspack 2 (Docusaurus 4) leaves it out where no module of
// the bundle calls it, so the worker stopped at its first line with
// "__webpack_require__ is not defined". Declaring the need, through the
// bundler's public compilation hooks, gives the worker the same runtime on
// both. See design/docusaurus-upgrades.md.
import type { Compiler } from 'webpack';

/** A bundler plugin: every runtime bundle gets the `__webpack_require__` function its runtime code uses. */
export function declareRequireInEveryRuntime() {
  return {
    apply(compiler: Compiler) {
      const { RuntimeGlobals } = compiler.webpack;
      compiler.hooks.thisCompilation.tap('handbook-search-worker-runtime', (compilation) => {
        compilation.hooks.additionalTreeRuntimeRequirements.tap('handbook-search-worker-runtime', (_chunk, needs) => {
          needs.add(RuntimeGlobals.require);
        });
      });
    },
  };
}
