// Turns bench/budgets.json into a list of what a run exceeded.
import type { BenchResults } from './run.ts';
import { ratio } from './stats.ts';

export type Budgets = {
  ratios: {
    buildTimeVsStockAtLargest: number;
    firstLoadJsVsStock: number;
    searchBytesVsEasyops: number;
    keystrokeP95VsEasyops: number;
    /** `--dev`: median edit → text in the browser, ours / stock, at every size. */
    devEditVsStock: number;
    /** `--dev`: median time until `docusaurus start` shows the doc page, ours / stock, at every size. */
    devReadyVsStock: number;
  };
  absolute: {
    peakMemoryMiB: number;
    searchBytesBeforeFirstResultAtLargest: number;
    /** Everything search downloads in a session (first answer, typing, background prefetch), gzip bytes. */
    searchBytesWholeSessionAtLargest: number;
    firstResultMsAtLargest: number;
    keystrokeP95MsAtLargest: number;
    lighthousePerformance: number;
  };
};

export function checkBudgets(results: BenchResults, budgets: Budgets): string[] {
  const failures: string[] = [];
  const over = (label: string, value: number | null | undefined, limit: number) => {
    // Two decimals at most: a timer's 50.600000001490116 helps nobody.
    if (value != null && value > limit) failures.push(`${label}: ${Number(value.toFixed(2))} > ${limit}`);
  };
  // Every budget holds on each corpus profile: the short pages and the long ones.
  const checkSizes = (sizes: BenchResults['sizes'], profile: string) => {
    const largest = sizes.reduce<BenchResults['sizes'][number] | undefined>(
      (best, size) => (!best || size.extraPages > best.extraPages ? size : best),
      undefined,
    );
    for (const size of sizes) {
      const { ours, stock, easyops } = size.variants;
      const at = `${profile}+${size.extraPages} pages`;
      over(`${at}: peak build memory (MiB)`, ours?.peakMemoryMiB, budgets.absolute.peakMemoryMiB);
      for (const page of ['home', 'doc', 'blogPost'] as const) {
        over(
          `${at}: first-load JS ${page}, ours/stock`,
          ratio(ours?.firstLoad[page].jsGzip, stock?.firstLoad[page].jsGzip),
          budgets.ratios.firstLoadJsVsStock,
        );
      }
      // The search and build-time targets are set at the largest size
      // (2,000 pages); at 1x the whole easyops index is small, so a ratio there says little.
      if (size === largest) {
        over(
          `${at}: search bytes before first result, ours/easyops`,
          ratio(ours?.search?.bytesBeforeFirstResult, easyops?.search?.bytesBeforeFirstResult),
          budgets.ratios.searchBytesVsEasyops,
        );
        over(
          `${at}: keystroke p95, ours/easyops`,
          ratio(ours?.search?.keystrokeP95, easyops?.search?.keystrokeP95),
          budgets.ratios.keystrokeP95VsEasyops,
        );
        over(
          `${at}: build time, ours/stock`,
          ratio(ours?.buildMedianSeconds, stock?.buildMedianSeconds),
          budgets.ratios.buildTimeVsStockAtLargest,
        );
        over(
          `${at}: search bytes before first result`,
          ours?.search?.bytesBeforeFirstResult,
          budgets.absolute.searchBytesBeforeFirstResultAtLargest,
        );
        over(
          `${at}: search bytes, whole session`,
          ours?.search?.bytesWholeSession,
          budgets.absolute.searchBytesWholeSessionAtLargest,
        );
        over(`${at}: first result (ms)`, ours?.search?.firstResultMs, budgets.absolute.firstResultMsAtLargest);
        over(`${at}: keystroke p95 (ms)`, ours?.search?.keystrokeP95, budgets.absolute.keystrokeP95MsAtLargest);
      }
    }
  };
  checkSizes(results.sizes, '');
  checkSizes(results.long?.sizes ?? [], 'long pages, ');
  for (const size of results.dev?.sizes ?? []) {
    const { ours, stock } = size.variants;
    const at = `+${size.extraPages} pages`;
    over(
      `${at}: dev edit → browser (median), ours/stock`,
      ratio(ours?.editMedianSeconds, stock?.editMedianSeconds),
      budgets.ratios.devEditVsStock,
    );
    over(
      `${at}: dev server ready, ours/stock`,
      ratio(ours?.readyMedianSeconds, stock?.readyMedianSeconds),
      budgets.ratios.devReadyVsStock,
    );
  }
  for (const [page, scores] of Object.entries(results.lighthouse ?? {})) {
    const performance = scores.performance;
    if (performance !== undefined && performance < budgets.absolute.lighthousePerformance) {
      failures.push(`Lighthouse performance on ${page}: ${performance} < ${budgets.absolute.lighthousePerformance}`);
    }
  }
  return failures;
}
