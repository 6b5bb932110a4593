// `npm run bench`: builds the handbook as it is and with 500 and 2,000
// generated pages, next to two peers built from the same content (stock
// Docusaurus, and stock plus @easyops-cn/docusaurus-search-local), and
// measures build time and memory, output size, first-load JS and CSS, and
// search. Builds alternate their order run by run, search sessions alternate
// the same way, and medians are reported, because these machines are shared
// and noisy.
//
// Try: npm run bench -- --sizes 0 --runs 1          (a few minutes)
//      npm run bench:search                         (ours vs easyops at 2,000 pages)
//      npm run bench                                (the full table, ~20 min on 2 cores)
//      npm run bench -- --sizes 2000 --runs 1 --profile long   (long pages only: bench/results/latest-long.json)
//      npm run bench -- --check-only                (budgets against bench/results/latest.json)
//      npm run bench -- --dev --check               (dev server ready and edit → browser, ours vs stock, at 0 and 2,000 pages)
//      npm run bench -- --dev --check-only          (budgets against bench/results/latest-dev.json)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumPath } from '../src/config/chromium.ts';
import { startPreviewServer } from '../scripts/lib/preview-server.ts';
import { checkBudgets, type Budgets } from './budgets.ts';
import { renderChart } from './chart.ts';
import { directorySize, measureFirstLoad, type FirstLoad } from '../scripts/lib/first-load.ts';
import { measureBuild } from './measure-build.ts';
import { formatTable } from './report.ts';
import { CORPUS_PROFILES, type CorpusProfile, type Needle } from './corpus.ts';
import {
  combineSessions,
  countNeedlesFound,
  measureSearchSession,
  MIN_SEARCH_SESSIONS,
  type SearchKind,
  type SearchMeasure,
  type SearchSession,
} from './search-latency.ts';
import { benchDevLoop, type DevLoopResults } from './dev-loop.ts';
import { prepareSite, VARIANTS, type Variant } from './sites.ts';
import { alternatingOrder, median, medianOfMeasured } from './stats.ts';

const SITE_ROOT = resolve(__dirname, '..');
const RESULTS_DIR = join(SITE_ROOT, 'bench', 'results');
/** The sizes of the full run, the one latest.json, the chart and the README describe. */
const DEFAULT_SIZES = '0,500,2000';
const PAGE_PATHS = {
  home: '/',
  doc: '/docs/culture/culture-deck',
  blogPost: '/blog/2017/05/16/three-years-in-performance-engineering',
} as const;

export type VariantResult = {
  buildSeconds: number[];
  buildMedianSeconds: number;
  /** User plus system CPU seconds, median (absent from results written before it was measured). */
  buildCpuMedianSeconds?: number | null;
  peakMemoryMiB: number | null;
  indexingSeconds: number | null;
  outputBytes: number;
  firstLoad: Record<keyof typeof PAGE_PATHS, FirstLoad>;
  search: SearchMeasure | null;
};

export type SizeResult = { extraPages: number; variants: Partial<Record<Variant, VariantResult>> };

export type BenchResults = {
  date: string;
  machine: { cores: number; memoryGiB: number; node: string; chromium: string; docusaurus: string };
  runs: number;
  /** The short-page profile (bench/corpus.ts); empty when only `--profile long` ran. */
  sizes: SizeResult[];
  /** The long-page profile (bench/long-corpus.ts), when it ran. */
  long?: { sizes: SizeResult[] };
  lighthouse: Record<string, Record<string, number>> | null;
  /** Stock Docusaurus' scores on the same pages, scored in the same runs (absent in runs before it was measured). */
  lighthouseStock?: Record<string, Record<string, number>> | null;
  /** The edit loop under `docusaurus start` (`--dev`; bench/dev-loop.ts). */
  dev?: DevLoopResults;
};

const started = performance.now();
function progress(message: string) {
  const elapsed = Math.round((performance.now() - started) / 1000);
  console.error(`[bench ${Math.floor(elapsed / 60)}m${String(elapsed % 60).padStart(2, '0')}s] ${message}`);
}

function versionOf(command: string, args: string[]): string {
  try {
    // stderr dropped: Debian's chromium wrapper prints a shell warning on some machines.
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function chromiumContext() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

async function withPreview<T>(buildDir: string, use: (url: string) => Promise<T>): Promise<T> {
  const preview = await startPreviewServer(buildDir);
  try {
    return await use(preview.url);
  } finally {
    await preview.close();
  }
}

async function measurePageLoads(buildDir: string): Promise<Record<keyof typeof PAGE_PATHS, FirstLoad>> {
  return withPreview(buildDir, async (url) => {
    const browser = await chromiumContext();
    try {
      const firstLoad = {} as Record<keyof typeof PAGE_PATHS, FirstLoad>;
      for (const [name, path] of Object.entries(PAGE_PATHS) as [keyof typeof PAGE_PATHS, string][]) {
        firstLoad[name] = await measureFirstLoad(browser.context, `${url}${path}`);
      }
      return firstLoad;
    } finally {
      await browser.close();
    }
  });
}

/**
 * Search, as many sessions per variant as builds (MIN_SEARCH_SESSIONS at
 * least), alternating which search goes first, each in a fresh browser; the
 * table gives each figure's median. Needles are counted once: ranking does
 * not depend on timing.
 */
async function measureSearches(
  extraPages: number,
  sessionCount: number,
  dirs: Record<Variant, string>,
  variants: readonly SearchKind[],
  needles: readonly Needle[],
): Promise<Partial<Record<SearchKind, SearchMeasure>>> {
  const sessions = Object.fromEntries(variants.map((variant) => [variant, [] as SearchSession[]]));
  for (let session = 0; session < sessionCount; session++) {
    for (const variant of alternatingOrder(variants, session)) {
      progress(`+${extraPages} pages: search session ${session + 1}/${sessionCount}, ${variant}`);
      const build = join(dirs[variant], 'build');
      sessions[variant]?.push(await withPreview(build, (url) => measureSearchSession(url, variant)));
    }
  }
  const measures: Partial<Record<SearchKind, SearchMeasure>> = {};
  for (const variant of variants) {
    const found = await withPreview(join(dirs[variant], 'build'), (url) => countNeedlesFound(url, variant, needles));
    measures[variant] = combineSessions(sessions[variant] ?? [], found, needles.length);
  }
  return measures;
}

async function benchSize(
  extraPages: number,
  runs: number,
  workRoot: string,
  variants: readonly Variant[],
  profile: CorpusProfile,
): Promise<SizeResult> {
  const dirs = {} as Record<Variant, string>;
  let needles: readonly Needle[] = [];
  for (const variant of variants) {
    dirs[variant] = join(workRoot, `${variant}-${profile}-${extraPages}`);
    needles = prepareSite(SITE_ROOT, dirs[variant], variant, extraPages, profile).needles;
  }
  const builds = Object.fromEntries(
    variants.map((variant) => [variant, [] as Awaited<ReturnType<typeof measureBuild>>[]]),
  );
  for (let run = 0; run < runs; run++) {
    for (const variant of alternatingOrder(variants, run)) {
      progress(`+${extraPages} pages, run ${run + 1}/${runs}: building ${variant}`);
      rmSync(join(dirs[variant], 'build'), { recursive: true, force: true });
      const build = await measureBuild(dirs[variant], { ownScript: variant === 'ours' });
      builds[variant]?.push(build);
      progress(
        `+${extraPages} pages: ${variant} built in ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${build.peakMemoryMiB ?? '?'} MiB`,
      );
    }
  }
  const searchVariants = variants.filter((variant): variant is SearchKind => variant !== 'stock');
  const searches = await measureSearches(
    extraPages,
    Math.max(runs, MIN_SEARCH_SESSIONS),
    dirs,
    searchVariants,
    needles,
  );
  const results: SizeResult['variants'] = {};
  for (const variant of variants) {
    const measured = builds[variant] ?? [];
    progress(`+${extraPages} pages: first-load bytes of ${variant} in Chromium`);
    results[variant] = {
      buildSeconds: measured.map((build) => build.seconds),
      buildMedianSeconds: median(measured.map((build) => build.seconds)),
      buildCpuMedianSeconds: medianOfMeasured(measured.map((build) => build.cpuSeconds)),
      peakMemoryMiB: Math.max(...measured.map((build) => build.peakMemoryMiB ?? 0)) || null,
      indexingSeconds: medianOfMeasured(measured.map((build) => build.indexingSeconds)),
      outputBytes: directorySize(join(dirs[variant], 'build')),
      firstLoad: await measurePageLoads(join(dirs[variant], 'build')),
      search: variant === 'stock' ? null : (searches[variant] ?? null),
    };
  }
  return { extraPages, variants: results };
}

/** Lighthouse on the 1× site: ours, and stock beside it in the same runs when it was built. */
async function lighthouseScores(workRoot: string, profile: CorpusProfile, variants: readonly Variant[]) {
  progress(
    `Lighthouse (mobile) on the 1x site: ${variants.includes('stock') ? 'ours and stock, alternating' : 'ours'}`,
  );
  const { runLighthousePages } = await import('./lighthouse.ts');
  const scored = await runLighthousePages(
    (['ours', 'stock'] as const)
      .filter((variant) => variants.includes(variant))
      .map((variant) => ({ label: variant, buildDir: join(workRoot, `${variant}-${profile}-0`, 'build') })),
  );
  return { lighthouse: scored.ours ?? null, lighthouseStock: scored.stock ?? null };
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      dev: { type: 'boolean', default: false },
      edits: { type: 'string', default: '5' },
      check: { type: 'boolean', default: false },
      'check-only': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      variants: { type: 'string', default: VARIANTS.join(',') },
      keep: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
  });
  const budgets = JSON.parse(readFileSync(join(SITE_ROOT, 'bench', 'budgets.json'), 'utf8')) as Budgets;
  const profiles = (values.profile?.split(',') ?? CORPUS_PROFILES) as CorpusProfile[];
  if (profiles.some((profile) => !CORPUS_PROFILES.includes(profile))) {
    throw new Error(`--profile takes short, long or short,long (got ${values.profile})`);
  }
  const longOnly = !profiles.includes('short');
  if (values['check-only']) {
    const file = values.dev ? 'latest-dev.json' : longOnly ? 'latest-long.json' : 'latest.json';
    const latest = JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as BenchResults;
    process.exitCode = reportBudgets(latest, budgets);
    return;
  }
  // A dev session is one server start plus its edits; three per variant and size, as for builds, so the
  // budgets judge the median and not the one start that finds jiti's cache empty.
  const sizesOption = values.sizes ?? (values.dev ? '0,2000' : DEFAULT_SIZES);
  const runsOption = values.runs ?? '3';
  const sizes = sizesOption.split(',').map(Number);
  const runs = Number(runsOption);
  const edits = Number(values.edits);
  if (sizes.some((size) => !Number.isInteger(size) || size < 0) || !Number.isInteger(runs) || runs < 1) {
    throw new Error(
      `--sizes takes whole numbers like 0,500,2000 and --runs a whole number of at least 1 (got ${sizesOption}, ${runsOption})`,
    );
  }
  if (!Number.isInteger(edits) || edits < 1) {
    throw new Error(`--edits takes a whole number of at least 1 (got ${values.edits})`);
  }
  const variants = values.variants.split(',') as Variant[];
  if (variants.some((variant) => !VARIANTS.includes(variant))) {
    throw new Error(`--variants takes a comma-separated subset of ${VARIANTS.join(',')} (got ${values.variants})`);
  }
  const workRoot = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
  progress(`sizes ${sizes.join(', ')} extra pages, ${runs} run(s) each, work in ${workRoot}`);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: versionOf(chromiumPath(), ['--version']),
      docusaurus: (
        JSON.parse(readFileSync(join(SITE_ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    },
    runs,
    sizes: [],
    lighthouse: null,
  };
  if (values.dev) {
    try {
      results.dev = await benchDevLoop({
        sizes,
        sessions: runs,
        edits,
        prepare: (variant, extraPages) => {
          const dir = join(workRoot, `${variant}-${extraPages}`);
          prepareSite(SITE_ROOT, dir, variant, extraPages);
          return dir;
        },
        progress,
      });
    } finally {
      if (values.keep) progress(`kept the sites in ${workRoot}`);
      else rmSync(workRoot, { recursive: true, force: true });
    }
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'latest-dev.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatTable(results));
    progress('wrote bench/results/latest-dev.json');
    if (values.check) process.exitCode = reportBudgets(results, budgets);
    return;
  }
  try {
    // The 1x site is the same in both profiles (no generated pages), so the long one skips it.
    for (const profile of profiles) {
      const block = profile === 'short' ? results.sizes : (results.long = { sizes: [] }).sizes;
      for (const size of sizes) {
        if (size === 0 && profile === 'long' && !longOnly) continue;
        block.push(await benchSize(size, runs, workRoot, variants, profile));
        if (size === 0 && !values['skip-lighthouse'] && variants.includes('ours'))
          Object.assign(results, await lighthouseScores(workRoot, profile, variants));
      }
    }
  } finally {
    if (values.keep) progress(`kept the sites in ${workRoot}`);
    else rmSync(workRoot, { recursive: true, force: true });
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Partial runs (bench:search, a scale run at sizes the full run does not
  // build, long pages only) keep their own file, so latest.json and the
  // README's chart always describe a full run.
  const otherSizes = sizes.some((size) => !DEFAULT_SIZES.split(',').map(Number).includes(size));
  const partial = variants.length < VARIANTS.length || otherSizes || longOnly;
  const name = partial ? resultsName(sizes, otherSizes, variants, longOnly) : 'latest';
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (!partial) writeFileSync(join(RESULTS_DIR, 'chart.svg'), renderChart(results));
  console.log(formatTable(results));
  progress(`wrote bench/results/${name}.json${partial ? '' : ' and bench/results/chart.svg'}`);
  if (values.check) process.exitCode = reportBudgets(results, budgets);
}

/** The file a partial run writes: latest-ours-easyops.json, latest-sizes-10000.json, latest-sizes-10000-ours.json, latest-ours-easyops-long.json. */
function resultsName(
  sizes: readonly number[],
  otherSizes: boolean,
  variants: readonly Variant[],
  longOnly: boolean,
): string {
  const parts = ['latest'];
  if (otherSizes) parts.push('sizes', ...sizes.map(String));
  if (variants.length < VARIANTS.length) parts.push(...variants);
  if (longOnly) parts.push('long');
  return parts.join('-');
}

function reportBudgets(results: BenchResults, budgets: Budgets): number {
  const failures = checkBudgets(results, budgets);
  for (const failure of failures) console.error(`over budget: ${failure}`);
  console.error(failures.length === 0 ? 'bench: every budget met' : `bench: ${failures.length} budget(s) exceeded`);
  return failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
