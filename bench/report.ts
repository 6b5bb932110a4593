// The markdown table `npm run bench` prints (and the README quotes).
import type { DevLoopResults } from './dev-loop.ts';
import type { BenchResults, VariantResult } from './run.ts';
import { markdownTable } from './markdown-table.ts';
import { ratio } from './stats.ts';

const kb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number | null | undefined) =>
  value == null || Number.isNaN(value) ? '–' : `${Math.round(value)} ms`;
const seconds = (value: number | null | undefined) =>
  value == null || Number.isNaN(value) ? '–' : `${value.toFixed(1)} s`;
const mib = (value: number | null | undefined) => (value == null ? '–' : `${value} MiB`);
const times = (value: number | null) => (value == null ? '–' : `${value.toFixed(2)}×`);

/** The `--dev` table's rows: per size, dev server ready and edit → browser, ours, stock and their ratio. */
export function devLoopRows(dev: DevLoopResults): string[][] {
  return dev.sizes.flatMap((size) => {
    const { ours, stock } = size.variants;
    const edits = (result: typeof ours) =>
      result
        ? `${result.editMedianSeconds.toFixed(2)} s (${result.editSeconds.map((value) => value.toFixed(2)).join(', ')})`
        : '–';
    return [
      [
        String(size.extraPages),
        'dev server ready (median)',
        seconds(ours?.readyMedianSeconds),
        seconds(stock?.readyMedianSeconds),
        times(ratio(ours?.readyMedianSeconds, stock?.readyMedianSeconds)),
      ],
      [
        String(size.extraPages),
        'edit → text in browser (median; each edit)',
        edits(ours),
        edits(stock),
        times(ratio(ours?.editMedianSeconds, stock?.editMedianSeconds)),
      ],
    ];
  });
}

function formatDevTable(results: BenchResults, dev: DevLoopResults): string[] {
  return [
    `Dev loop ${results.date.slice(0, 10)}: ${results.machine.cores} cores, Node ${results.machine.node}, Docusaurus ${results.machine.docusaurus}; \`docusaurus start\`, ${dev.sessions} session(s) per site and size in alternating order, ${dev.editsPerSession} edits each, timed until the text shows in Chromium.`,
    '',
    markdownTable(['extra pages', 'metric', 'ours', 'stock', 'ours/stock'], devLoopRows(dev), [
      true,
      false,
      true,
      true,
      true,
    ]),
  ];
}

export function formatTable(results: BenchResults): string {
  if (results.sizes.length === 0 && results.dev) return formatDevTable(results, results.dev).join('\n');
  const profiled = [
    ...results.sizes.map((size) => ({ size, label: String(size.extraPages) })),
    ...(results.long?.sizes ?? []).map((size) => ({ size, label: `${size.extraPages} long` })),
  ];
  // As measured, not as configured: the search figures say how many sessions they are the median of.
  const sessions = profiled.flatMap(({ size }) =>
    Object.values(size.variants).flatMap((result) => result?.search?.sessions ?? []),
  );
  const searchSessions = sessions.length > 0 ? ` and ${Math.max(...sessions)} search session(s) per variant` : '';
  const lines = [
    `Bench ${results.date.slice(0, 10)}: ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, Docusaurus ${results.machine.docusaurus}; medians of ${results.runs} alternating build run(s)${searchSessions}.`,
    '',
  ];
  const rows: string[][] = [];
  for (const { size, label } of profiled) {
    const { ours, stock, easyops } = size.variants;
    // `pick` reads one figure from a variant's result; stock has no search to measure.
    const row = (
      metric: string,
      pick: (result: VariantResult | undefined) => number | null | undefined,
      format: (value: number | null | undefined) => string,
      withStock = true,
    ) => {
      const [a, b, c] = [pick(ours), withStock ? pick(stock) : null, pick(easyops)];
      rows.push([label, metric, format(a), format(b), format(c), times(ratio(a, b)), times(ratio(a, c))]);
    };
    row('build time (median)', (result) => result?.buildMedianSeconds, seconds);
    row('build CPU time, user + system (median)', (result) => result?.buildCpuMedianSeconds, seconds);
    row('peak build memory', (result) => result?.peakMemoryMiB, mib);
    row(
      'output size',
      (result) => result?.outputBytes,
      (value) => (value == null ? '–' : `${(value / 2 ** 20).toFixed(1)} MiB`),
    );
    for (const page of ['home', 'doc', 'blogPost'] as const) {
      row(`first-load JS gzip, ${page}`, (result) => result?.firstLoad[page].jsGzip, kb);
      row(`first-load CSS gzip, ${page}`, (result) => result?.firstLoad[page].cssGzip, kb);
    }
    const search = (
      metric: string,
      pick: (result: NonNullable<VariantResult['search']>) => number | null | undefined,
      format: (value: number | null | undefined) => string,
    ) => row(metric, (result) => (result?.search ? pick(result.search) : undefined), format, false);
    search('search bytes before first result', (result) => result.bytesBeforeFirstResult, kb);
    search('search bytes, whole session (background included)', (result) => result.bytesWholeSession, kb);
    search('first result after first keystroke', (result) => result.firstResultMs, ms);
    search('keystroke → results p50', (result) => result.keystrokeP50, ms);
    search('keystroke → results p95', (result) => result.keystrokeP95, ms);
    search(
      'needles at rank 1',
      (result) => result.needlesAtRank1,
      (value) => (value == null ? '–' : `${value}/${ours?.search?.needles ?? '?'}`),
    );
    if (ours?.indexingSeconds != null) {
      rows.push([
        label,
        'search indexing (share of our build)',
        `${seconds(ours.indexingSeconds)} (${((100 * ours.indexingSeconds) / ours.buildMedianSeconds).toFixed(1)}%)`,
      ]);
    }
  }
  lines.push(
    markdownTable(['extra pages', 'metric', 'ours', 'stock', 'easyops', 'ours/stock', 'ours/easyops'], rows, [
      true,
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
  );
  if (results.lighthouse) {
    const stock = results.lighthouseStock;
    const scoreRows = Object.entries(results.lighthouse).map(([page, scores]) => [
      page,
      ...['performance', 'accessibility', 'best-practices', 'seo'].map((category) => String(scores[category] ?? '–')),
      ...(stock ? [String(stock[page]?.performance ?? '–')] : []),
    ]);
    lines.push(
      '',
      markdownTable(
        [
          'Lighthouse mobile (1× site)',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          ...(stock ? ['stock performance'] : []),
        ],
        scoreRows,
        [false, true, true, true, true, ...(stock ? [true] : [])],
      ),
    );
  }
  if (results.dev) lines.push('', ...formatDevTable(results, results.dev));
  return lines.join('\n');
}
