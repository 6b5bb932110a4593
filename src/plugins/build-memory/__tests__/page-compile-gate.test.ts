import { createRequire } from 'node:module';
import { afterEach, describe, expect, test, vi } from 'vitest';

import buildMemoryPlugin, { pageCompileGate } from '../index.ts';

type LoaderContext = { getOptions(): unknown; async(): () => void; callback(...args: unknown[]): void };
type GateLoader = ((this: LoaderContext, source: string, map?: unknown, meta?: unknown) => void) & {
  pitch(this: LoaderContext): void;
  STALL_MS: number;
  inFlight(gate: string): number;
  resetGates(): void;
};

const gateLoader = createRequire(import.meta.url)('../page-compile-gate.cjs') as GateLoader;

/** One page going through the loader chain of one bundle: `entered` once its pitch may go on. */
function page(gate: string, limit: number) {
  const options = { gate, limit };
  const state = { entered: false, passed: [] as unknown[] };
  const context: LoaderContext = {
    getOptions: () => options,
    async: () => () => {
      state.entered = true;
    },
    callback: (...args) => {
      state.passed = args;
    },
  };
  gateLoader.pitch.call(context);
  return {
    state,
    /** The page's compile is done: the gate's normal step runs last in the chain. */
    finish(source = 'compiled', map: unknown = undefined, meta: unknown = undefined) {
      gateLoader.call(context, source, map, meta);
    },
  };
}

afterEach(() => {
  gateLoader.resetGates();
  vi.useRealTimers();
});

describe('page compile gate', () => {
  test('lets `limit` pages in at once and the next in order as each finishes, passing the output on unchanged', () => {
    const pages = Array.from({ length: 5 }, () => page('client', 2));
    expect(pages.map((p) => p.state.entered)).toEqual([true, true, false, false, false]);

    pages[1]?.finish('export default 1', { mappings: '' }, { ast: 'kept' });
    expect(pages[1]?.state.passed).toEqual([null, 'export default 1', { mappings: '' }, { ast: 'kept' }]);
    expect(pages.map((p) => p.state.entered)).toEqual([true, true, true, false, false]);

    pages[0]?.finish();
    pages[2]?.finish();
    expect(pages.map((p) => p.state.entered)).toEqual([true, true, true, true, true]);
    expect(gateLoader.inFlight('client')).toBe(2);
    pages[3]?.finish();
    pages[4]?.finish();
    expect(gateLoader.inFlight('client')).toBe(0);
  });

  test("a full server gate does not keep client pages out (the server's compile waits for the client's)", () => {
    const server = [page('server', 1), page('server', 1)];
    const client = page('client', 1);
    expect(server.map((p) => p.state.entered)).toEqual([true, false]);
    expect(client.state.entered).toBe(true);
  });

  test('a page whose compile fails, and so never finishes, holds its place only until the gate has stalled', () => {
    vi.useFakeTimers();
    const failed = page('client', 1);
    const next = page('client', 1);
    expect(failed.state.entered).toBe(true);

    vi.advanceTimersByTime(gateLoader.STALL_MS - 1);
    expect(next.state.entered).toBe(false);
    vi.advanceTimersByTime(1);
    expect(next.state.entered).toBe(true);

    next.finish();
    expect(gateLoader.inFlight('client')).toBe(0);
    expect(page('client', 1).state.entered).toBe(true);
  });
});

describe('pageCompileGate rule', () => {
  test('applies to Markdown and MDX pages only, with its own gate per bundle', () => {
    const rule = pageCompileGate('server', 3);
    const test = rule.test as (path: string) => boolean;
    expect(['/site/docs/a.md', '/site/blog/b.mdx'].map(test)).toEqual([true, true]);
    expect(['/site/docs/_category_.json', '/site/src/page.tsx', '/site/docs/a.md.bak'].map(test)).toEqual([
      false,
      false,
      false,
    ]);
    expect(rule.enforce).toBe('post');
    expect(rule.use).toEqual([
      { loader: expect.stringMatching(/page-compile-gate\.cjs$/), options: { gate: 'server', limit: 3 } },
    ]);
  });

  test.each([
    { mode: 'production' as const, isServer: false, gate: 'client' },
    { mode: 'production' as const, isServer: true, gate: 'server' },
  ])('the plugin gates the $gate bundle in production', ({ mode, isServer, gate }) => {
    const configured = buildMemoryPlugin().configureWebpack?.({ mode }, isServer, {} as never, undefined) as {
      module?: { rules?: { use?: { options?: { gate?: string } }[] }[] };
    };
    expect(configured.module?.rules?.[0]?.use?.[0]?.options?.gate).toBe(gate);
  });

  test('the plugin adds no rule to `docusaurus start`', () => {
    const configured = buildMemoryPlugin().configureWebpack?.({ mode: 'development' }, false, {} as never, undefined);
    expect(configured).toEqual({});
  });
});
