// `docusaurus build`, without ever leaving a half-written site behind, and
// in two processes so that the bundler's memory is gone before pages render.
//
// Docusaurus empties its output folder first and writes into it as it goes,
// so a failed build (a broken link, a bad MDX page) would leave build/
// half-empty for whoever serves or deploys it next. This builds into a
// temporary sibling folder and only on success swaps it in with a rename;
// on failure the previous good build stays exactly as it was.
//
// The first process bundles and exits; the second loads the site again and
// renders the pages from those bundles, so Rspack's native memory, which it
// keeps after bundling, is gone before the render threads start
// (design/two-process-build.md). A third writes the page histories once the
// second has exited (design/page-history.md). The bundling process runs with
// a V8 flag that keeps its heap from more than doubling between full
// collections (design/bundle-heap-growth.md). A site of more than
// SPLIT_BUNDLES_ABOVE_PAGES Markdown pages is bundled in two processes in turn,
// the client bundle and then the server bundle, so no process holds both
// bundles' modules at once: the first hands each compiled page to the second
// through a folder, and its output (with its manifest) is kept aside while
// the second process empties the output folder.
// Docusaurus itself reads the two switches
// (DOCUSAURUS_EXIT_AFTER_BUNDLING, DOCUSAURUS_SKIP_BUNDLING). It stops after
// the first locale's bundles, so this suits a site with one locale, as ours.
//
// Try: npm run build
//      npm run build -- --out-dir build-preview
//      /usr/bin/time -v npm run build   ("Maximum resident set size")
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { BUNDLE_ONLY_ENV, COMPILED_PAGES_ENV } from '../src/config/command.ts';
import { isStockDocusaurus } from '../src/internals/registry.ts';
import { HISTORY_JOB_FILE_ENV, HISTORY_JOB_SCRIPT } from '../src/plugins/page-history/server/job-file.ts';

/** docusaurus build options that take a value (so the value is not mistaken for the site folder). */
const OPTIONS_WITH_VALUE = new Set(['--out-dir', '--config', '-l', '--locale']);

export type BuildPlan = {
  siteDir: string;
  /** Where the finished site ends up. */
  outDir: string;
  /** Arguments for `docusaurus build`, without --out-dir. */
  passThrough: string[];
};

/** Reads the arguments `npm run build -- ...` passes, as docusaurus build would. */
export function planBuild(args: readonly string[], cwd: string): BuildPlan {
  const passThrough: string[] = [];
  let outDirArg: string | undefined;
  let siteDirArg: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--out-dir') {
      outDirArg = args[++index];
      if (outDirArg === undefined) throw new Error('--out-dir needs a folder, e.g. --out-dir build-preview');
    } else if (arg.startsWith('--out-dir=')) {
      outDirArg = arg.slice('--out-dir='.length);
    } else if (OPTIONS_WITH_VALUE.has(arg)) {
      passThrough.push(arg, args[++index] ?? '');
    } else if (!arg.startsWith('-') && siteDirArg === undefined) {
      siteDirArg = arg;
      passThrough.push(arg);
    } else {
      passThrough.push(arg);
    }
  }
  const siteDir = resolve(cwd, siteDirArg ?? '.');
  // Docusaurus resolves --out-dir against the site folder.
  return { siteDir, outDir: resolve(siteDir, outDirArg ?? 'build'), passThrough };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes temporary folders that earlier, killed runs left beside the output folder. */
function removeAbandonedFolders(outDir: string) {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const leftover = new RegExp(
    `^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(partial|previous|client|pages)-(\\d+)$`,
  );
  for (const entry of readdirSync(parent)) {
    const match = leftover.exec(entry);
    if (match && !isRunning(Number(match[2]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** The docusaurus command for a site: its own node_modules first, then this repository's. */
export function docusaurusBin(siteDir: string): string {
  for (const from of [join(siteDir, 'package.json'), fileURLToPath(import.meta.url)]) {
    try {
      return createRequire(from).resolve('@docusaurus/core/bin/docusaurus.mjs');
    } catch {
      // Try the next place: the site's own node_modules first, then this repository's.
    }
  }
  throw new Error('cannot find @docusaurus/core; run npm ci first');
}

type BuildPhase = {
  name: 'bundle' | 'bundle-server' | 'bundle-client' | 'render' | 'build';
  env: Record<string, string>;
  /** Flags for node itself, before the docusaurus command. */
  nodeFlags: string[];
};

/**
 * V8 grows the heap up to fourfold between full collections while a program
 * allocates fast, as the bundling process does compiling every MDX page; at
 * most twofold keeps that garbage from adding to the bundler's peak
 * (design/bundle-heap-growth.md).
 */
export const BUNDLE_NODE_FLAGS = ['--heap-growing-percent=100'];

/**
 * Above this many Markdown pages, one process holding both bundles' modules
 * would need more memory than a second bundling process costs in time (one
 * more site load; the pages still compile once: design/two-process-build.md).
 */
export const SPLIT_BUNDLES_ABOVE_PAGES = 5000;

/** `1` splits the bundling whatever the site's size, `0` never does; unset, the page count decides. */
export const SPLIT_BUNDLES_ENV = 'HANDBOOK_SPLIT_BUNDLES';

function splitsBundles(env: NodeJS.ProcessEnv, markdownPages: number): boolean {
  const forced = env[SPLIT_BUNDLES_ENV]?.trim();
  if (forced === undefined || forced === '') return markdownPages > SPLIT_BUNDLES_ABOVE_PAGES;
  if (forced === '1' || forced === '0') return forced === '1';
  throw new Error(
    `${SPLIT_BUNDLES_ENV} must be 1 (bundle in two processes) or 0 (in one), not ${JSON.stringify(forced)}`,
  );
}

/** The Markdown pages under docs/ and blog/, partials (`_` names) left out: what the bundles compile. */
export function countMarkdownFiles(siteDir: string): number {
  let pages = 0;
  for (const folder of ['docs', 'blog']) {
    const root = join(siteDir, folder);
    if (!existsSync(root)) continue;
    const entries: Dirent[] = readdirSync(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) pages += 1;
    }
  }
  return pages;
}

/**
 * The processes of a build: a bundling process and a render process, each a
 * `docusaurus build` with one of Docusaurus' own switches; on a site of more
 * than SPLIT_BUNDLES_ABOVE_PAGES pages (or with HANDBOOK_SPLIT_BUNDLES=1), two
 * bundling processes, the client bundle first, handing its compiled pages to
 * the server's through the folder `compiledPages`. One plain `docusaurus
 * build` when HANDBOOK_STOCK_DOCUSAURUS turns the patches on Docusaurus
 * internals off (src/internals/registry.ts).
 */
export function buildPhases(
  env: NodeJS.ProcessEnv = process.env,
  markdownPages = 0,
  compiledPages = 'compiled-pages',
): BuildPhase[] {
  if (isStockDocusaurus(env)) return [{ name: 'build', env: {}, nodeFlags: [] }];
  const bundle = { DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' };
  const render: BuildPhase = { name: 'render', env: { DOCUSAURUS_SKIP_BUNDLING: 'true' }, nodeFlags: [] };
  if (!splitsBundles(env, markdownPages)) {
    return [{ name: 'bundle', env: bundle, nodeFlags: BUNDLE_NODE_FLAGS }, render];
  }
  const handOver = { ...bundle, [COMPILED_PAGES_ENV]: compiledPages };
  return [
    { name: 'bundle-client', env: { ...handOver, [BUNDLE_ONLY_ENV]: 'client' }, nodeFlags: BUNDLE_NODE_FLAGS },
    { name: 'bundle-server', env: { ...handOver, [BUNDLE_ONLY_ENV]: 'server' }, nodeFlags: BUNDLE_NODE_FLAGS },
    render,
  ];
}

/** Runs node with `args` in the site folder; resolves with its exit status. */
function runNode(plan: BuildPlan, args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, args, {
    cwd: plan.siteDir,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
}

function runDocusaurus(
  plan: BuildPlan,
  partialDir: string,
  phase: BuildPhase,
  env: Record<string, string>,
): Promise<number> {
  const docusaurus = [docusaurusBin(plan.siteDir), 'build', ...plan.passThrough, '--out-dir', partialDir];
  return runNode(plan, [...phase.nodeFlags, ...docusaurus], env);
}

/**
 * Bundles, then renders in a fresh process, then writes the page histories
 * in a third one, once the render process and its memory are gone
 * (design/page-history.md); the exit status of the first that fails, or 0.
 */
async function runDocusaurusBuild(plan: BuildPlan, partialDir: string): Promise<number> {
  // The render process saves the history job here instead of running it (src/plugins/page-history/server/job-file.ts).
  const historyJob = join(tmpdir(), `handbook-page-history-job-${process.pid}.json`);
  // The client bundle, while the server's process empties the output folder (Docusaurus does so before bundling).
  const clientAside = `${plan.outDir}.client-${process.pid}`;
  const compiledPages = `${plan.outDir}.pages-${process.pid}`;
  // Where the client bundle's manifest lands, which the server's process overwrites with its empty client's.
  const clientManifest = join(plan.siteDir, '.docusaurus', 'client-manifest.json');
  rmSync(historyJob, { force: true });
  try {
    const phases = buildPhases(process.env, countMarkdownFiles(plan.siteDir), compiledPages);
    if (phases[0]?.name === 'bundle-client') {
      mkdirSync(compiledPages, { recursive: true });
      console.log(
        'build: the client and then the server bundle are made in processes of their own, the compiled pages handed from one to the other',
      );
    }
    for (const phase of phases) {
      if (phase.name === 'render') {
        console.log("build: bundles written; rendering the pages in a new process, with the bundler's memory freed");
      }
      const env = phase.name === 'render' ? { ...phase.env, [HISTORY_JOB_FILE_ENV]: historyJob } : phase.env;
      const status = await runDocusaurus(plan, partialDir, phase, env);
      if (status !== 0) return status;
      if (phase.name === 'bundle-client') {
        renameSync(partialDir, clientAside);
        copyFileSync(clientManifest, join(clientAside, 'client-manifest.json'));
      }
      if (phase.name === 'bundle-server') {
        renameSync(join(clientAside, 'client-manifest.json'), clientManifest);
        rmSync(join(clientAside, '__server'), { recursive: true, force: true });
        renameSync(join(partialDir, '__server'), join(clientAside, '__server'));
        rmSync(partialDir, { recursive: true, force: true });
        renameSync(clientAside, partialDir);
        rmSync(compiledPages, { recursive: true, force: true });
      }
    }
    if (!existsSync(historyJob)) return 0;
    // The loader this script runs under (tsx), so the job's TypeScript loads as this file did.
    return await runNode(plan, [...process.execArgv, join(plan.siteDir, HISTORY_JOB_SCRIPT), historyJob], {});
  } finally {
    rmSync(historyJob, { force: true });
    rmSync(clientAside, { recursive: true, force: true });
    rmSync(compiledPages, { recursive: true, force: true });
  }
}

/** Builds into a sibling folder and swaps it in only when the build succeeds; returns the exit status. */
export async function buildSafely(plan: BuildPlan): Promise<number> {
  const { outDir } = plan;
  const partialDir = `${outDir}.partial-${process.pid}`;
  const previousDir = `${outDir}.previous-${process.pid}`;
  removeAbandonedFolders(outDir);
  rmSync(partialDir, { recursive: true, force: true });

  const status = await runDocusaurusBuild(plan, partialDir).catch((error: unknown) => {
    console.error(`build: could not start docusaurus: ${(error as Error).message}`);
    return 1;
  });
  if (status !== 0) {
    rmSync(partialDir, { recursive: true, force: true });
    const kept = existsSync(outDir)
      ? `${outDir} still holds the previous good build`
      : `nothing was written to ${outDir}`;
    console.error(`build: docusaurus build failed (exit ${status}); ${kept}. Fix the errors above and run it again.`);
    return status;
  }
  // Two renames on one file system: the old site is replaced whole, never file by file.
  if (existsSync(outDir)) renameSync(outDir, previousDir);
  renameSync(partialDir, outDir);
  rmSync(previousDir, { recursive: true, force: true });
  console.log(`build: the new site is in ${outDir}`);
  return 0;
}

async function main() {
  const plan = planBuild(process.argv.slice(2), process.cwd());
  process.exitCode = await buildSafely(plan);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`build: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
