import { describe, expect, test } from 'vitest';
import type { Compiler } from 'webpack';

import { declareRequireInEveryRuntime } from '../worker-runtime.ts';

/** A compiler with only what the plugin uses; `runtimeNeeds()` runs the tapped hook for one runtime chunk. */
function fakeCompiler() {
  const onCompilation: ((compilation: unknown) => void)[] = [];
  const compiler = {
    webpack: { RuntimeGlobals: { require: '__webpack_require__' } },
    hooks: {
      thisCompilation: { tap: (_name: string, listener: (c: unknown) => void) => onCompilation.push(listener) },
    },
  };
  return {
    compiler: compiler as unknown as Compiler,
    runtimeNeeds() {
      const listeners: ((chunk: unknown, needs: Set<string>) => void)[] = [];
      const compilation = {
        hooks: {
          additionalTreeRuntimeRequirements: {
            tap: (_name: string, listener: (chunk: unknown, needs: Set<string>) => void) => listeners.push(listener),
          },
        },
      };
      for (const listener of onCompilation) listener(compilation);
      const needs = new Set<string>(['__webpack_require__.p']);
      for (const listener of listeners) listener({ name: 'handbook-search' }, needs);
      return needs;
    },
  };
}

describe('declareRequireInEveryRuntime', () => {
  test('adds __webpack_require__ to what every runtime needs, keeping what it already needed', () => {
    const { compiler, runtimeNeeds } = fakeCompiler();
    declareRequireInEveryRuntime().apply(compiler);
    expect([...runtimeNeeds()].sort()).toEqual(['__webpack_require__', '__webpack_require__.p']);
  });
});
