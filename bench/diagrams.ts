// What build-time diagrams cost: the handbook built as it is, and built with
// 20 more Mermaid diagrams (one at the end of each of 20 docs), first while
// none of the 20 is rendered yet (Chromium draws them during the build) and
// then with their SVGs in the store (nothing to draw). Builds alternate in
// order from run to run; the figures are medians. Peak memory is the largest
// single process GNU time saw (the build's node processes; Chromium's own
// processes are not summed into it). See design/diagrams-at-build-time.md.
//
// Try: npx tsx bench/diagrams.ts                (2 runs; about 25 minutes on 2 busy cores)
//      npx tsx bench/diagrams.ts --runs 3
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { copySite } from '../scripts/lib/copy-site.ts';
import { measureBuild, type BuildMeasure } from './measure-build.ts';
import { median } from './stats.ts';

const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIAGRAMS = 20;
const STORE = 'src/plugins/diagrams/rendered';

type Variant = 'without' | 'first render' | 'cached';

/** A six-node flow chart, different for each index so each one renders on its own. */
function diagram(index: number): string {
  const steps = ['Report', 'Reproduce', 'Measure', 'Profile', 'Fix', 'Confirm'].map((step) => `${step} ${index}`);
  return [
    '```mermaid',
    'flowchart LR',
    `  accTitle: Bench diagram ${index}`,
    `  accDescr: Six steps of case ${index}, from the report to the confirmed fix.`,
    ...steps.map((step, at) => `  s${at}["${step}"]`),
    `  ${steps.map((_step, at) => `s${at}`).join(' --> ')}`,
    '```',
  ].join('\n');
}

function docFiles(site: string): string[] {
  return readdirSync(join(site, 'docs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function storeFiles(site: string): Set<string> {
  const dir = join(site, STORE);
  return new Set(existsSync(dir) ? readdirSync(dir) : []);
}

function readRuns(args: readonly string[]): number {
  const index = args.indexOf('--runs');
  const runs = index === -1 ? 2 : Number(args[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number above 0');
  return runs;
}

async function main() {
  const runs = readRuns(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'bench-diagrams-'));
  const without = join(root, 'without');
  const withDiagrams = join(root, 'with');
  try {
    copySite(SITE_ROOT, without);
    copySite(SITE_ROOT, withDiagrams);
    const committed = storeFiles(withDiagrams);
    const docs = docFiles(withDiagrams);
    if (docs.length < DIAGRAMS) throw new Error(`only ${docs.length} docs to add ${DIAGRAMS} diagrams to`);
    docs.slice(0, DIAGRAMS).forEach((file, index) => {
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${diagram(index + 1)}\n`);
    });
    /** Removes the 20 diagrams' SVGs, so the next build renders them again. */
    const forgetRendered = () => {
      for (const name of storeFiles(withDiagrams)) if (!committed.has(name)) rmSync(join(withDiagrams, STORE, name));
    };

    const results: Record<Variant, BuildMeasure[]> = { without: [], 'first render': [], cached: [] };
    const loads: number[] = [];
    for (let run = 0; run < runs; run++) {
      // "cached" needs the SVGs "first render" wrote, so those two stay in that order.
      const order: Variant[] =
        run % 2 === 0 ? ['without', 'first render', 'cached'] : ['first render', 'cached', 'without'];
      for (const variant of order) {
        if (variant === 'first render') forgetRendered();
        loads.push(loadavg()[0] ?? 0);
        const measure = await measureBuild(variant === 'without' ? without : withDiagrams, { ownScript: true });
        results[variant].push(measure);
        const rendered = storeFiles(withDiagrams).size - committed.size;
        console.log(
          `run ${run + 1} ${variant.padEnd(12)} ${measure.seconds.toFixed(1)} s (CPU ${measure.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${measure.peakMemoryMiB ?? '?'} MiB${variant === 'without' ? '' : `, ${rendered} SVGs in the store`}`,
        );
      }
    }
    const summary = (Object.keys(results) as Variant[]).map((variant) => ({
      variant,
      seconds: median(results[variant].map((m) => m.seconds)),
      cpuSeconds: median(results[variant].map((m) => m.cpuSeconds ?? 0)),
      peakMemoryMiB: median(results[variant].map((m) => m.peakMemoryMiB ?? 0)),
    }));
    const base = summary[0];
    console.log(
      `\nmedians of ${runs} runs (load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on this machine):`,
    );
    for (const row of summary) {
      console.log(
        `  ${row.variant.padEnd(12)} ${row.seconds.toFixed(1)} s (x${(row.seconds / (base?.seconds ?? 1)).toFixed(2)}), CPU ${row.cpuSeconds.toFixed(1)} s (x${(row.cpuSeconds / (base?.cpuSeconds ?? 1)).toFixed(2)}), peak ${row.peakMemoryMiB} MiB (x${(row.peakMemoryMiB / (base?.peakMemoryMiB ?? 1)).toFixed(2)})`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:diagrams: ${(error as Error).message}`);
  process.exitCode = 1;
});
