// `docusaurus start` (what `npm start` runs) on a free port, for the bench's
// edit loop (bench/dev-loop.ts) and the browser test of live edits
// (e2e/dev-loop.e2e.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';

import { docusaurusBin } from '../build.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type DevServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** How many lines of the server's output so far match `pattern` (e.g. one per finished compile). */
  countLines: (pattern: RegExp) => number;
  stop: () => Promise<void>;
};

/**
 * `docusaurus start` in `siteDir`, in its own process group so stopping it
 * stops everything it started. Cold, like the bench's builds: the copies share
 * our node_modules and with it Rspack's persistent cache.
 */
export async function startDevServer(
  siteDir: string,
  env: NodeJS.ProcessEnv = {},
  /** Node's own flags, e.g. --cpu-prof to profile saves (design/dev-loop.md). */
  nodeArgs: readonly string[] = [],
): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs, docusaurusBin(siteDir), 'start', '--port', String(port), '--no-open', '--host', '127.0.0.1'],
    {
      cwd: siteDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // NODE_ENV as `npm start` has it: under Vitest it is "test", which Docusaurus keeps and Rspack's targets reject.
      env: { ...process.env, NODE_ENV: 'development', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', BROWSER: 'none', ...env },
    },
  );
  let output = '';
  // Every complete line, kept whole for counting (the tail above is for error messages).
  const lines: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    const split = (partial[stream] + text).split('\n');
    partial[stream] = split.pop() ?? '';
    lines.push(...split);
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // A caller that crashes does not leave the server behind.
  const killOnExit = () => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    countLines: (pattern) => lines.filter((line) => pattern.test(line)).length,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      process.kill(-child.pid, 'SIGTERM');
      const killed = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
      process.off('exit', killOnExit);
    },
  };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Opens `url` once the server answers, and waits until the article's title
 * reads `title`. The server is asked with plain requests until it answers (a
 * browser page per attempt would take CPU from the start being measured).
 */
export async function openWhenReady(
  page: Page,
  server: DevServer,
  url: string,
  title: string,
  timeoutMs = 600_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const stillRunning = () => {
    if (server.process.exitCode !== null) {
      throw new Error(`docusaurus start exited (${server.process.exitCode}):\n${server.output().slice(-4000)}`);
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
  };
  for (;;) {
    stillRunning();
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    await sleep(250);
  }
  for (;;) {
    stillRunning();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
      await page
        .locator('article h1', { hasText: title })
        .first()
        .waitFor({ timeout: Math.max(1000, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not show "${title}" in time: ${String(error)}`);
      await sleep(250);
    }
  }
}
