// Times one build of a site and reads its peak memory the /usr/bin/time -v
// way: GNU time reports the largest resident set of the process it ran or of
// any process that one waited for, so for our two-process build (scripts/
// build.ts) it is the larger of the two. Beside it, the peak of the sum over
// the whole process tree (bench/tree-memory.ts), which also counts children
// that run while their parent still holds its memory.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { docusaurusBin } from '../scripts/build.ts';
import { sampleTreeMemory } from './tree-memory.ts';

export type BuildMeasure = {
  seconds: number;
  peakMemoryMiB: number | null;
  /** The largest sum of the resident sets of every process of the build alive at once, sampled. */
  peakTreeMemoryMiB: number | null;
  /** CPU time of the build's process tree, user plus system: less swayed by a busy host than the wall time. */
  cpuSeconds: number | null;
  /** What building the search index took (ours logs it), in seconds. */
  indexingSeconds: number | null;
};

export function parseIndexingSeconds(buildOutput: string): number | null {
  const match = /\[handbook-search\] indexed .* in (\d+) ms/.exec(buildOutput);
  return match ? Number(match[1]) / 1000 : null;
}

const GNU_TIME = '/usr/bin/time';

export function parsePeakMemoryMiB(timeOutput: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeOutput);
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

export function parseCpuSeconds(timeOutput: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(timeOutput);
  const system = /System time \(seconds\): ([\d.]+)/.exec(timeOutput);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

/**
 * What builds a site, after `node`: its own `npm run build` (our build script,
 * run as that command runs it) or, for the peers, `docusaurus build`.
 */
export function buildArguments(siteDir: string, ownScript: boolean): string[] {
  return ownScript ? ['--import', 'tsx', join(siteDir, 'scripts/build.ts')] : [docusaurusBin(siteDir), 'build'];
}

/**
 * Builds the site at `siteDir`. Cold by default: the bench's copies share our
 * node_modules, and with it Rspack's persistent cache, which would otherwise
 * carry work from one variant's build into another's.
 */
export async function measureBuild(siteDir: string, { warm = false, ownScript = false } = {}): Promise<BuildMeasure> {
  const build = buildArguments(siteDir, ownScript);
  const command = existsSync(GNU_TIME) ? GNU_TIME : process.execPath;
  const args = existsSync(GNU_TIME) ? ['-v', process.execPath, ...build] : build;
  const started = performance.now();
  let stderr = '';
  let stdout = '';
  let peakTreeMemoryMiB: number | null = null;
  const code = await new Promise<number | null>((done) => {
    const env = warm ? process.env : { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
    const child = spawn(command, args, { cwd: siteDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tree = child.pid === undefined ? null : sampleTreeMemory(child.pid, 200);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (status) => {
      peakTreeMemoryMiB = tree?.stop() ?? null;
      done(status);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  // Kept beside the site (a throw-away copy) for reading afterwards, e.g. the
  // plugin timings DOCUSAURUS_PERF_LOGGER=true prints, with npm run bench -- --keep.
  writeFileSync(join(siteDir, 'bench-build.log'), `${stdout}\n${stderr}`);
  if (code !== 0) throw new Error(`build of ${siteDir} failed (exit ${code}):\n${stderr.slice(-4000)}`);
  return {
    seconds,
    peakMemoryMiB: parsePeakMemoryMiB(stderr),
    peakTreeMemoryMiB,
    cpuSeconds: parseCpuSeconds(stderr),
    indexingSeconds: parseIndexingSeconds(`${stdout}\n${stderr}`),
  };
}
