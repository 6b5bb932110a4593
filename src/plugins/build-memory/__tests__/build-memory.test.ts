import { Worker } from 'node:worker_threads';
import { describe, expect, test, vi } from 'vitest';
import type { Compiler } from 'webpack';

import buildMemoryPlugin, { collectGarbage, collectWhenBundlesAreDone } from '../index.ts';

/** A compiler with only the hook the plugin uses; `finish()` runs what it tapped. */
function fakeCompiler() {
  const listeners: (() => void)[] = [];
  const compiler = { hooks: { done: { tap: (_name: string, listener: () => void) => listeners.push(listener) } } };
  return { compiler: compiler as unknown as Compiler, finish: () => listeners.forEach((listener) => listener()) };
}

function gcInNewWorker(): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof globalThis.gc)", {
      eval: true,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('collectGarbage', () => {
  test('frees unreachable objects at once, without exposing gc to the page or to threads started later', async () => {
    let garbage: { id: number; label: string }[] | undefined = Array.from({ length: 1_000_000 }, (_, id) => ({
      id,
      label: `entry ${id}`,
    }));
    const held = process.memoryUsage().heapUsed;
    expect(garbage).toHaveLength(1_000_000);
    garbage = undefined;

    collectGarbage();

    const freedMiB = (held - process.memoryUsage().heapUsed) / 2 ** 20;
    expect(freedMiB).toBeGreaterThan(40);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    expect(await gcInNewWorker()).toBe('undefined');
  });
});

describe('collectWhenBundlesAreDone', () => {
  test.each([
    { bundles: 2, order: [0, 1], note: 'client and server, client first' },
    { bundles: 2, order: [1, 0], note: 'client and server, server first' },
    { bundles: 1, order: [0], note: 'one bundle (hash router)' },
  ])('collects once, after the last bundle: $note', ({ bundles, order }) => {
    const collect = vi.fn();
    const pluginFor = collectWhenBundlesAreDone(collect);
    const compilers = Array.from({ length: bundles }, () => fakeCompiler());
    for (const { compiler } of compilers) pluginFor().apply(compiler);

    for (const [step, index] of order.entries()) {
      expect(collect).not.toHaveBeenCalled();
      compilers[index]?.finish();
      expect(collect).toHaveBeenCalledTimes(step === order.length - 1 ? 1 : 0);
    }
  });
});

describe('buildMemoryPlugin', () => {
  test.each([
    { mode: 'production' as const, plugins: 1 },
    { mode: 'development' as const, plugins: 0 },
  ])('adds a bundler plugin in $mode: $plugins', ({ mode, plugins }) => {
    const plugin = buildMemoryPlugin();
    const configured = plugin.configureWebpack?.({ mode }, false, {} as never, undefined) as { plugins?: unknown[] };
    expect(configured.plugins ?? []).toHaveLength(plugins);
  });
});
