// `npm run bench:scale`: how build time, memory, output and search grow
// from 500 to 2,000 to 10,000 generated pages, for ours and its two peers.
// It reads bench runs (a scale run writes bench/results/latest-sizes-*.json:
// `npm run bench -- --sizes 500,2000,10000 --runs 1`), fits the exponent k
// of figure ∝ pages^k between each pair of sizes and over the whole range,
// checks the targets in bench/budgets.json ("scale"), and writes
// bench/results/scale.json and the table in bench/results/scale.md
// (design/scale-run.md).
//
// Try: npm run bench:scale                 (every latest-sizes-*.json, newest first, then latest.json)
//      npm run bench:scale -- --check      (exit 1 when a scale target is missed)
//      npm run bench:scale -- --from bench/results/latest-sizes-10000.json,bench/results/latest.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { markdownTable } from './markdown-table.ts';
import { kb, mib, ms, seconds } from './readme-table.ts';
import type { BenchResults, VariantResult } from './run.ts';
import type { Variant } from './sites.ts';

/** The sizes the growth is reported over, in generated pages. */
export const SCALE_SIZES = [500, 2000, 10000] as const;

export type ScaleTargets = {
  /** Peak build memory of ours at the largest size, MiB. */
  peakMemoryMiB: number;
  /** Build CPU seconds, ours / stock, at the largest size (CPU, not wall: the host is shared). */
  buildCpuVsStock: number;
  /** Search bytes before the first answer at the largest size. */
  searchBytesBeforeFirstResult: number;
  /** Keystroke → results p95 at the largest size, ms. */
  keystrokeP95Ms: number;
  /** Largest accepted exponent of build CPU seconds between two sizes (1 is linear). */
  buildCpuExponent: number;
};

type FigureSpec = {
  key: string;
  label: string;
  read: (result: VariantResult) => number | null | undefined;
  format: (value: number) => string;
};

const mb = (value: number) => `${(value / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

export const FIGURES: readonly FigureSpec[] = [
  { key: 'buildSeconds', label: 'build time (wall)', read: (r) => r.buildMedianSeconds, format: seconds },
  { key: 'buildCpuSeconds', label: 'build CPU (user + system)', read: (r) => r.buildCpuMedianSeconds, format: seconds },
  { key: 'peakMemoryMiB', label: 'peak build memory', read: (r) => r.peakMemoryMiB, format: mib },
  { key: 'outputBytes', label: 'output on disk', read: (r) => r.outputBytes, format: mb },
  {
    key: 'docFirstLoadJsGzip',
    label: 'first-load JS of a doc page, gzip',
    read: (r) => r.firstLoad?.doc?.jsGzip,
    format: kb,
  },
  {
    key: 'searchBytesBeforeFirstResult',
    label: 'search: bytes before the first answer',
    read: (r) => r.search?.bytesBeforeFirstResult,
    format: kb,
  },
  {
    key: 'searchBytesWholeSession',
    label: 'search: bytes in the whole session',
    read: (r) => r.search?.bytesWholeSession,
    format: kb,
  },
  { key: 'keystrokeP95', label: 'search: key to results, p95', read: (r) => r.search?.keystrokeP95, format: ms },
];

/** k in figure ∝ pages^k between two sizes; null where a figure is missing or not positive. */
export function growthExponent(
  pagesA: number,
  valueA: number | null | undefined,
  pagesB: number,
  valueB: number | null | undefined,
): number | null {
  if (valueA == null || valueB == null || !(valueA > 0) || !(valueB > 0) || pagesA <= 0 || pagesB === pagesA) {
    return null;
  }
  return Math.round((Math.log(valueB / valueA) / Math.log(pagesB / pagesA)) * 100) / 100;
}

export type ScaleSource = { file: string; date: string; runs: number; sizes: number[] };
export type FigureGrowth = {
  values: Record<string, number | null>;
  /** "500→2000", "2000→10000" and "500→10000" (overall). */
  exponents: Record<string, number | null>;
};
export type ScaleReport = {
  date: string;
  machine: BenchResults['machine'] | null;
  /** Generated pages added to the handbook's own; the exponents are over these counts. */
  sizes: number[];
  /** Where each size's figures come from. */
  sources: Record<string, ScaleSource>;
  variants: Partial<Record<Variant, Record<string, FigureGrowth>>>;
  targets: { name: string; value: number | null; limit: number; met: boolean | null }[];
};

type Loaded = { file: string; results: BenchResults };

/** Each size from the first run in `runs` that measured it. */
function pickSizes(runs: readonly Loaded[], sizes: readonly number[]) {
  const picked = new Map<number, { run: Loaded; size: BenchResults['sizes'][number] }>();
  for (const pages of sizes) {
    for (const run of runs) {
      const size = run.results.sizes.find((entry) => entry.extraPages === pages);
      if (size) {
        picked.set(pages, { run, size });
        break;
      }
    }
  }
  return picked;
}

const pairLabel = (a: number, b: number) => `${a}→${b}`;

export function scaleReport(
  runs: readonly Loaded[],
  targets: ScaleTargets,
  sizes: readonly number[] = SCALE_SIZES,
): ScaleReport {
  const picked = pickSizes(runs, sizes);
  const missing = sizes.filter((pages) => !picked.has(pages));
  if (missing.length === sizes.length) {
    throw new Error(
      `no bench run holds any of ${sizes.join(', ')} generated pages; run npm run bench -- --sizes ${sizes.join(',')} --runs 1 first`,
    );
  }
  // Every size asked for keeps its column: a size not measured shows as such
  // rather than the targets quietly moving to a smaller one.
  const measured = [...sizes];
  const pairs: [number, number][] = measured.slice(1).map((pages, index) => [measured[index] as number, pages]);
  const first = measured[0] as number;
  const last = measured[measured.length - 1] as number;
  if (measured.length > 2) pairs.push([first, last]);

  const variants: ScaleReport['variants'] = {};
  for (const variant of ['ours', 'stock', 'easyops'] as const) {
    const figures: Record<string, FigureGrowth> = {};
    for (const figure of FIGURES) {
      const values: Record<string, number | null> = {};
      for (const pages of measured) {
        const result = picked.get(pages)?.size.variants[variant];
        values[pages] = result ? (figure.read(result) ?? null) : null;
      }
      if (Object.values(values).every((value) => value == null)) continue;
      const exponents: Record<string, number | null> = {};
      for (const [a, b] of pairs) exponents[pairLabel(a, b)] = growthExponent(a, values[a], b, values[b]);
      figures[figure.key] = { values, exponents };
    }
    if (Object.keys(figures).length > 0) variants[variant] = figures;
  }

  const at = (variant: Variant, key: string) => variants[variant]?.[key]?.values[last] ?? null;
  const ours = (key: string) => at('ours', key);
  const cpuRatio = (() => {
    const mine = ours('buildCpuSeconds');
    const stock = at('stock', 'buildCpuSeconds');
    return mine != null && stock != null && stock > 0 ? Math.round((mine / stock) * 100) / 100 : null;
  })();
  const worstCpuExponent = (() => {
    const exponents = Object.entries(variants.ours?.buildCpuSeconds?.exponents ?? {})
      .filter(([label]) => label !== pairLabel(first, last) || pairs.length === 1)
      .map(([, k]) => k)
      .filter((k): k is number => k != null);
    return exponents.length > 0 ? Math.max(...exponents) : null;
  })();
  const target = (name: string, value: number | null, limit: number) => ({
    name,
    // Judged on the value as measured; shown to two decimals (a key time of 45.100000001490116 ms reads as 45.1).
    value: value == null ? null : Math.round(value * 100) / 100,
    limit,
    met: value == null ? null : value <= limit,
  });
  const largest = last.toLocaleString('en-US');
  const report: ScaleReport = {
    date: new Date().toISOString(),
    machine: (picked.get(last) ?? [...picked.values()][0])?.run.results.machine ?? null,
    sizes: measured,
    sources: Object.fromEntries(
      measured.flatMap((pages) => {
        const picking = picked.get(pages);
        if (!picking) return [];
        const { run } = picking;
        const source: ScaleSource = {
          file: run.file,
          date: run.results.date,
          runs: run.results.runs,
          sizes: run.results.sizes.map((size) => size.extraPages),
        };
        return [[String(pages), source]];
      }),
    ),
    variants,
    targets: [
      target(`+${largest} pages: peak build memory of ours (MiB)`, ours('peakMemoryMiB'), targets.peakMemoryMiB),
      target(`+${largest} pages: build CPU seconds, ours/stock`, cpuRatio, targets.buildCpuVsStock),
      target(
        `+${largest} pages: search bytes before the first answer`,
        ours('searchBytesBeforeFirstResult'),
        targets.searchBytesBeforeFirstResult,
      ),
      target(`+${largest} pages: search key to results, p95 (ms)`, ours('keystrokeP95'), targets.keystrokeP95Ms),
      target(
        'build CPU seconds of ours: largest exponent between two sizes',
        worstCpuExponent,
        targets.buildCpuExponent,
      ),
    ],
  };
  return report;
}

/** The report as Markdown: one row per variant and figure, its value at each size, then the exponents. */
export function scaleMarkdown(report: ScaleReport): string {
  const sizes = report.sizes;
  const pairs = Object.keys(Object.values(report.variants)[0]?.buildSeconds?.exponents ?? {});
  const header = [
    'variant',
    'figure',
    ...sizes.map((pages) => `+${pages.toLocaleString('en-US')}`),
    ...pairs.map((pair) => `k ${pair.replace(/\d+/g, (n) => Number(n).toLocaleString('en-US'))}`),
  ];
  const rows: string[][] = [];
  for (const [variant, figures] of Object.entries(report.variants)) {
    for (const figure of FIGURES) {
      const growth = figures[figure.key];
      if (!growth) continue;
      rows.push([
        variant,
        figure.label,
        ...sizes.map((pages) => {
          const value = growth.values[pages];
          return value == null ? '–' : figure.format(value);
        }),
        ...pairs.map((pair) => {
          const k = growth.exponents[pair];
          return k == null ? '–' : k.toFixed(2);
        }),
      ]);
    }
  }
  const notMeasured = sizes.filter((pages) => !(String(pages) in report.sources));
  const sources = Object.entries(report.sources).map(
    ([pages, source]) =>
      `+${Number(pages).toLocaleString('en-US')} pages: \`${source.file}\` (${source.date.slice(0, 16).replace('T', ' ')} UTC, ${source.runs} run${source.runs === 1 ? '' : 's'}, median)`,
  );
  const targets = report.targets.map(
    (entry) =>
      `- ${entry.met == null ? 'not measured' : entry.met ? 'met' : 'MISSED'}: ${entry.name}: ${entry.value ?? '–'} (limit ${entry.limit})`,
  );
  const machine = report.machine;
  return [
    '# Scale run: how the figures grow with the page count',
    '',
    '<!-- generated by npm run bench:scale from the bench runs named below; do not edit -->',
    '',
    `Generated pages added to the handbook; k is the exponent in figure ∝ pages^k between two sizes (1: linear, 0: flat). Build time is judged on CPU seconds: the host is shared, so wall time carries other people's load.${machine ? ` ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node.replace(/^v/, '')}, Docusaurus ${machine.docusaurus}.` : ''}`,
    '',
    markdownTable(
      header,
      rows,
      header.map((_, column) => column >= 2),
    ),
    '',
    'Targets (bench/budgets.json, "scale"):',
    '',
    ...targets,
    '',
    'Measured by:',
    '',
    ...sources.map((line) => `- ${line}`),
    ...notMeasured.map(
      (pages) =>
        `- +${pages.toLocaleString('en-US')} pages: not measured yet (npm run bench -- --sizes ${pages} --runs 1, then npm run bench:scale)`,
    ),
    '',
  ].join('\n');
}

const REPO_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const RESULTS_DIR = join(REPO_DIR, 'bench', 'results');

/**
 * Whether a results file is a scale run of the short pages: what
 * `npm run bench -- --sizes …` writes, with the variants when not all ran
 * (latest-sizes-10000.json, latest-sizes-10000-ours-stock.json), not a
 * long-pages run.
 */
export function isScaleRunFile(name: string): boolean {
  return /^latest-sizes(-\d+)+(-(ours|stock|easyops))*\.json$/.test(name);
}

/** Scale runs newest first, then the last full run. */
function defaultSources(): string[] {
  const scaleRuns = readdirSync(RESULTS_DIR)
    .filter(isScaleRunFile)
    .map((name) => join(RESULTS_DIR, name))
    .map((file) => ({ file, date: (JSON.parse(readFileSync(file, 'utf8')) as BenchResults).date }))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((entry) => entry.file);
  return [...scaleRuns, join(RESULTS_DIR, 'latest.json')];
}

function main() {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  const files = values.from ? values.from.split(',').map((file) => resolve(file)) : defaultSources();
  const runs = files.map((file) => {
    if (!existsSync(file)) throw new Error(`${file}: no such bench results file; run npm run bench first`);
    return { file: relative(REPO_DIR, file), results: JSON.parse(readFileSync(file, 'utf8')) as BenchResults };
  });
  const budgets = JSON.parse(readFileSync(join(REPO_DIR, 'bench', 'budgets.json'), 'utf8')) as {
    scale?: ScaleTargets;
  };
  if (!budgets.scale) throw new Error('bench/budgets.json: scale: missing; add the scale-run targets');
  const report = scaleReport(runs, budgets.scale);
  writeFileSync(join(RESULTS_DIR, 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = scaleMarkdown(report);
  writeFileSync(join(RESULTS_DIR, 'scale.md'), markdown);
  console.log(markdown);
  console.error(
    `bench:scale: wrote bench/results/scale.json and scale.md from ${files.map((f) => basename(f)).join(', ')}`,
  );
  const missed = report.targets.filter((entry) => entry.met === false);
  if (values.check && missed.length > 0) {
    for (const entry of missed) console.error(`scale target missed: ${entry.name}: ${entry.value} > ${entry.limit}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`bench:scale: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
