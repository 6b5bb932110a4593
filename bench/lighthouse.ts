// Lighthouse (mobile, simulated throttling) on the pages a reader meets first,
// served the way production serves them: compressed, by startPreviewServer.
// Three runs per page; the median of each category is held against the bars
// below. Scores swing with machine load: run it on an otherwise idle machine,
// or give it a stock Docusaurus build of the same content to score in the
// same runs. Not part of `npm test`: one full run takes a few minutes.
//
// Try: npm run build && npm run bench:lighthouse -- --check
//      BUILD_DIR=build-wiki npm run bench:lighthouse
//      npm run bench -- --sizes 0 --runs 1 --variants ours,stock --keep   (prints the folder it kept)
//      STOCK_BUILD_DIR=<kept folder>/stock-short-0/build npm run bench:lighthouse
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { median } from './stats.ts';
import { markdownTable } from './markdown-table.ts';
import { startPreviewServer } from '../scripts/lib/preview-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/config/chromium.ts';

const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
/** A stock Docusaurus build of the same content, scored beside ours when given (bench/sites.ts makes one). */
const STOCK_BUILD_DIR = process.env.STOCK_BUILD_DIR;
const RESULTS_FILE = 'bench/results/lighthouse.json';
const RUNS_PER_PAGE = 3;
/** Below this benchmark index Lighthouse itself warns that the host is slower than it expects. */
const SLOW_HOST_INDEX = 1000;

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'doc', path: '/docs/work-updates/linux-tracing' },
  { name: 'doc with diagrams', path: '/docs/day-in-the-life/meetings' },
  { name: 'blog post', path: '/blog/2017/05/16/three-years-in-performance-engineering' },
  { name: 'search', path: '/search' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The lowest acceptable median score (0 to 100) per category. */
const BARS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

/** The lab metrics behind the performance score, to see which one a low score comes from. */
const METRICS = {
  'first-contentful-paint': 'FCP ms',
  'largest-contentful-paint': 'LCP ms',
  'total-blocking-time': 'TBT ms',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI ms',
} as const;
type Metric = keyof typeof METRICS;

/**
 * Lighthouse's own CPU benchmark of the host (higher is faster). Its simulated throttling slows the host down 4×
 * whatever the host is, so a busy or slow host (Lighthouse warns below 1,000) scores lower on the same page.
 */
type HostIndex = { benchmarkIndex: number };

type Run = { scores: Record<Category, number>; metrics: Record<Metric, number>; failingAudits: string[] } & HostIndex;

type PageResult = {
  name: string;
  path: string;
  runs: Omit<Run, 'failingAudits'>[];
  median: Record<Category, number>;
  medianMetrics: Record<Metric, number>;
  medianBenchmarkIndex: number;
  /** Audits that cost points in the last run, so a miss says what to fix. */
  failingAudits: string[];
};

async function runLighthouse(url: string): Promise<Run> {
  // Both packages are ES modules only; this script runs as CommonJS under tsx.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const failingAudits = CATEGORIES.filter((category) => category !== 'performance')
      .flatMap((category) => categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${audits[ref.id]?.title ?? ''}`);
    const metrics = Object.fromEntries(
      Object.keys(METRICS).map((id) => {
        const value = audits[id]?.numericValue ?? NaN;
        // Times in whole milliseconds; layout shift is a small unitless score.
        return [id, id === 'cumulative-layout-shift' ? Math.round(value * 1000) / 1000 : Math.round(value)];
      }),
    ) as Record<Metric, number>;
    return { scores, metrics, failingAudits, benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex) };
  } finally {
    chrome.kill();
  }
}

function lighthouseTable(results: readonly PageResult[]): string {
  const header = ['page', ...CATEGORIES, ...Object.values(METRICS), 'host CPU index'];
  const rows = results.map((result) => [
    result.name,
    ...CATEGORIES.map((category) => {
      const value = result.median[category];
      return `${value}${value < BARS[category] ? ` (below ${BARS[category]})` : ''}`;
    }),
    ...Object.keys(METRICS).map((id) => String(result.medianMetrics[id as Metric])),
    String(result.medianBenchmarkIndex),
  ]);
  return markdownTable(header, rows);
}

/** A built site to score, named in the table and the results file. */
export type ScoredSite = { label: string; buildDir: string };

async function servesPage(url: string): Promise<boolean> {
  const response = await fetch(url);
  await response.body?.cancel();
  return response.ok;
}

function pageResult(
  page: (typeof PAGES)[number],
  runs: Omit<Run, 'failingAudits'>[],
  failingAudits: string[],
): PageResult {
  const medians = Object.fromEntries(
    CATEGORIES.map((category) => [category, median(runs.map((one) => one.scores[category]))]),
  ) as Record<Category, number>;
  const medianMetrics = Object.fromEntries(
    Object.keys(METRICS).map((id) => [id, median(runs.map((one) => one.metrics[id as Metric]))]),
  ) as Record<Metric, number>;
  const medianBenchmarkIndex = median(runs.map((one) => one.benchmarkIndex));
  return { ...page, runs, median: medians, medianMetrics, medianBenchmarkIndex, failingAudits };
}

/**
 * Lighthouse, three runs per page and site, each site served by its own
 * preview server. The runs alternate between the sites, so a change in the
 * host's load falls on each alike; a page a site does not have (stock
 * Docusaurus has no search page) is left out for that site.
 */
async function measurePages(sites: readonly ScoredSite[]): Promise<Map<string, PageResult[]>> {
  const servers = [];
  const results = new Map(sites.map((site) => [site.label, [] as PageResult[]]));
  try {
    for (const site of sites) servers.push(await startPreviewServer(site.buildDir));
    for (const page of PAGES) {
      const urls = await Promise.all(
        servers.map(async (server) => {
          const url = new URL(page.path, server.url).toString();
          return (await servesPage(url)) ? url : null;
        }),
      );
      const runs = sites.map((): Omit<Run, 'failingAudits'>[] => []);
      const failing = sites.map((): string[] => []);
      for (let run = 1; run <= RUNS_PER_PAGE; run++) {
        for (const [index, site] of sites.entries()) {
          const url = urls[index];
          if (!url) continue;
          const outcome = await runLighthouse(url);
          runs[index]?.push({
            scores: outcome.scores,
            metrics: outcome.metrics,
            benchmarkIndex: outcome.benchmarkIndex,
          });
          failing[index] = outcome.failingAudits;
          console.error(
            `${page.name} (${site.label}), run ${run}: ${JSON.stringify(outcome.scores)} ${JSON.stringify(outcome.metrics)} host CPU index ${outcome.benchmarkIndex}`,
          );
        }
      }
      for (const [index, site] of sites.entries()) {
        const siteRuns = runs[index] ?? [];
        if (siteRuns.length > 0) results.get(site.label)?.push(pageResult(page, siteRuns, failing[index] ?? []));
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  return results;
}

/** Median category scores per site label and page name, for bench/run.ts. */
export async function runLighthousePages(
  sites: readonly ScoredSite[],
): Promise<Record<string, Record<string, Record<string, number>>>> {
  const results = await measurePages(sites);
  return Object.fromEntries(
    [...results].map(([label, pages]) => [
      label,
      Object.fromEntries(pages.map((result) => [result.name, result.median])),
    ]),
  );
}

async function main() {
  const check = process.argv.includes('--check');
  const measured = await measurePages([
    { label: 'ours', buildDir: BUILD_DIR },
    ...(STOCK_BUILD_DIR ? [{ label: 'stock', buildDir: STOCK_BUILD_DIR }] : []),
  ]);
  const results = measured.get('ours') ?? [];
  const stock = measured.get('stock');

  console.log(lighthouseTable(results));
  if (stock) console.log(`\nStock Docusaurus, the same pages (${STOCK_BUILD_DIR}):\n\n${lighthouseTable(stock)}`);
  for (const result of results) {
    if (result.failingAudits.length > 0) console.log(`\n${result.name}: ${result.failingAudits.join('; ')}`);
  }
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const file = {
    date: new Date().toISOString(),
    buildDir: BUILD_DIR,
    bars: BARS,
    pages: results,
    ...(stock ? { stockBuildDir: STOCK_BUILD_DIR, stockPages: stock } : {}),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS_FILE}`);
  const slowestHost = Math.min(...[...results, ...(stock ?? [])].map((result) => result.medianBenchmarkIndex));
  if (slowestHost < SLOW_HOST_INDEX) {
    console.log(
      `Host CPU index ${slowestHost} is below Lighthouse's ${SLOW_HOST_INDEX}: the host is slow or busy, so performance scores read low. Run again on an idle machine before trusting a miss.`,
    );
  }

  const misses = results.flatMap((result) =>
    CATEGORIES.filter((category) => result.median[category] < BARS[category]).map(
      (category) => `${result.name} ${category} ${result.median[category]} < ${BARS[category]}`,
    ),
  );
  if (check && misses.length > 0) {
    console.error(`\nBelow the bar:\n${misses.join('\n')}`);
    process.exitCode = 1;
  }
}

// Run as a command, not when bench/run.ts imports runLighthousePages.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
