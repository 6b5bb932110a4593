// What page history costs at 2,000 generated pages with a generated git
// history: build time and peak memory with the feature and without it
// (HANDBOOK_PAGE_HISTORY=off), in alternating order; the bytes of the
// history view of a page with 50 changes; and whether a doc page's HTML and
// first-load JavaScript moved.
//
// Try: npm run bench:history                 (2 builds each; 20 minutes or more on 2 cores)
//      npm run bench:history -- --runs 3 --pages 500 --commits 200
//      npm run bench:history -- --pass-only     (the git pass alone, timed and its peak memory read)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { seededRandom } from './corpus.ts';
import { measureBuild, parseCpuSeconds, parsePeakMemoryMiB, type BuildMeasure } from './measure-build.ts';
import { prepareSite } from './sites.ts';
import { median } from './stats.ts';

const SITE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Options = { pages: number; commits: number; runs: number; hotChanges: number; passOnly: boolean };

function readOptions(args: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    const parsed = index === -1 ? fallback : Number(args[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a whole number above 0`);
    return parsed;
  };
  return {
    pages: value('pages', 2000),
    commits: value('commits', 500),
    runs: value('runs', 2),
    hotChanges: 50,
    passOnly: args.includes('--pass-only'),
  };
}

function git(dir: string, args: string[], date?: string): string {
  const when = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench Writer',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench Writer',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      ...when,
    },
  });
}

const EDITS = ['measured', 'profiled', 'traced', 'rewrote', 'simplified', 'explained', 'documented', 'tuned'];

/** Changes a page's body the way an editor would: a word swapped, a sentence added. */
function editPage(file: string, random: () => number, commit: number) {
  const source = readFileSync(file, 'utf8');
  const words = source.split(' ');
  // Skip the front matter: only body words are swapped.
  const bodyStart = source.slice(0, source.indexOf('\n---', 4) + 4).split(' ').length;
  const at = bodyStart + Math.floor(random() * Math.max(1, words.length - bodyStart - 1));
  words[at] = EDITS[Math.floor(random() * EDITS.length)] ?? 'edited';
  const sentence = `\n\nIn change ${commit} the team ${EDITS[commit % EDITS.length]} this part again.\n`;
  writeFileSync(file, `${words.join(' ').trimEnd()}${random() < 0.5 ? sentence : '\n'}`);
}

/**
 * A repository of the site with `commits` commits after the first: each
 * edits one to four random generated pages, one in forty also renames one,
 * and every tenth edits the same "hot" page, which ends with 50 changes.
 */
function makeHistory(dir: string, options: Options): string {
  const generated = join(dir, 'docs', 'generated');
  const pages = readdirSync(generated, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hot = pages[0] ?? '';
  const others = pages.slice(1);
  writeFileSync(join(dir, '.gitignore'), 'node_modules\nbuild\nbuild.*\n.docusaurus\n');
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '-A']);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const dateOf = (index: number) => new Date(start + index * 3_600_000).toISOString();
  git(dir, ['commit', '--quiet', '--no-verify', '-m', 'Generated pages'], dateOf(0));
  const random = seededRandom(1789);
  const hotEvery = Math.max(1, Math.floor(options.commits / (options.hotChanges - 1)));
  let hotChanges = 1;
  for (let commit = 1; commit <= options.commits; commit++) {
    const touched = new Set<string>();
    const count = 1 + Math.floor(random() * 4);
    for (let n = 0; n < count; n++) touched.add(others[Math.floor(random() * others.length)] ?? hot);
    if (commit % hotEvery === 0 && hotChanges < options.hotChanges) {
      touched.add(hot);
      hotChanges++;
    }
    for (const file of touched) editPage(file, random, commit);
    if (commit % 40 === 0) {
      const index = Math.floor(random() * others.length);
      const from = others[index] ?? '';
      const to = from.replace(/\.md$/, `-moved-${commit}.md`);
      git(dir, ['mv', from, to]);
      others[index] = to;
    }
    git(
      dir,
      ['commit', '--quiet', '--no-verify', '-a', '-m', `Edit ${touched.size} pages (${commit})`],
      dateOf(commit),
    );
  }
  return hot;
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** A page's HTML size and the gzip bytes of the scripts its HTML names (the runtime and main bundles). */
function pageBytes(buildDir: string, htmlFile: string): { htmlGzip: number; jsGzip: number; scripts: string[] } {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  // The built HTML is minified: attribute values may be unquoted.
  const scripts = [...new Set([...html.matchAll(/<script src="?\/([^"\s>]+\.js)/g)].map((match) => match[1] ?? ''))];
  return {
    htmlGzip: gzipBytes(join(buildDir, htmlFile)),
    jsGzip: scripts.reduce((total, script) => total + gzipBytes(join(buildDir, script)), 0),
    scripts,
  };
}

/** The JavaScript chunks that hold a piece of code, found by a string only that code contains. */
function chunksContaining(buildDir: string, needle: string, except: readonly string[]): string[] {
  const jsDir = join(buildDir, 'assets', 'js');
  return readdirSync(jsDir)
    .map((name) => `assets/js/${name}`)
    .filter((file) => !except.includes(file) && readFileSync(join(buildDir, file), 'utf8').includes(needle));
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * The history pass alone, in a fresh process under /usr/bin/time -v: the
 * work postBuild adds (after the render threads are done), its wall time and
 * the largest resident set of that process. The pass is the site copy's own
 * code (as measureBuild runs the copy's own build script), so bench/ imports
 * nothing from src/.
 */
function measurePass(site: string): {
  seconds: number;
  cpuSeconds: number | null;
  peakMemoryMiB: number | null;
  pages: number;
} {
  const module = pathToFileURL(join(site, 'src/plugins/page-history/server/build-histories.ts')).href;
  const script = `
    import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
    import { tmpdir } from 'node:os';
    import { dirname, join } from 'node:path';
    // The site's .ts files load as CommonJS (its package.json sets no type): named exports sit on default.
    const loaded = await import(${JSON.stringify(module)});
    const { buildPageHistories } = loaded.buildPageHistories ? loaded : loaded.default;
    const site = ${JSON.stringify(site)};
    const out = mkdtempSync(join(tmpdir(), 'bench-history-pass-'));
    const files = ['docs', 'blog'].flatMap((dir) =>
      readdirSync(join(site, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
        .map((entry) => join(entry.parentPath, entry.name).slice(site.length + 1)));
    const pages = files.map((file) => ({ file, url: '/' + file.replace(/\\.mdx?$/, ''), title: file }));
    await buildPageHistories(site, pages, 'https://example.com/commit/', async (page, history) => {
      const target = join(out, page.url + '.json');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(history));
    });
    rmSync(out, { recursive: true, force: true });
    console.log(JSON.stringify({ pages: pages.length }));
  `;
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, '--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: site, encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the history pass failed:\n${result.stderr.slice(-4000)}`);
  const { pages } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { pages: number };
  return {
    seconds,
    cpuSeconds: parseCpuSeconds(result.stderr),
    peakMemoryMiB: parsePeakMemoryMiB(result.stderr),
    pages,
  };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'bench-history-'));
  const site = join(root, 'site');
  try {
    console.log(`bench:history: ${options.pages} generated pages, ${options.commits} commits, in ${site}`);
    prepareSite(SITE_ROOT, site, 'ours', options.pages);
    const madeAt = performance.now();
    const hot = makeHistory(site, options);
    console.log(`  history made in ${((performance.now() - madeAt) / 1000).toFixed(0)} s`);

    const passes = [measurePass(site), measurePass(site)];
    console.log(
      `  history pass alone: ${passes.map((pass) => `${pass.seconds.toFixed(1)} s (CPU ${pass.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${pass.peakMemoryMiB ?? '?'} MiB`).join('; ')} (${passes[0]?.pages} pages)`,
    );
    if (options.passOnly) {
      mkdirSync(join(SITE_ROOT, 'bench', 'results'), { recursive: true });
      writeFileSync(
        join(SITE_ROOT, 'bench', 'results', 'history-pass.json'),
        `${JSON.stringify({ pages: options.pages, commits: options.commits, passes }, null, 2)}\n`,
      );
      return;
    }

    const results: Record<'with' | 'without', BuildMeasure[]> = { with: [], without: [] };
    for (let run = 0; run < options.runs; run++) {
      const order = run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const variant of order) {
        // measureBuild passes this process's environment to the build.
        if (variant === 'without') process.env.HANDBOOK_PAGE_HISTORY = 'off';
        else delete process.env.HANDBOOK_PAGE_HISTORY;
        const measure = await measureBuild(site, { ownScript: true });
        results[variant].push(measure);
        console.log(
          `  run ${run + 1} ${variant.padEnd(7)} ${measure.seconds.toFixed(1)} s (CPU ${measure.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${measure.peakMemoryMiB ?? '?'} MiB (largest process), ${measure.peakTreeMemoryMiB ?? '?'} MiB (all processes at once)`,
        );
        // Keep one build of each for the byte comparison.
        const kept = join(root, `build-${variant}`);
        rmSync(kept, { recursive: true, force: true });
        cpSync(join(site, 'build'), kept, { recursive: true });
      }
    }
    delete process.env.HANDBOOK_PAGE_HISTORY;

    const seconds = (variant: 'with' | 'without') => median(results[variant].map((m) => m.seconds));
    const memory = (variant: 'with' | 'without') => median(results[variant].map((m) => m.peakMemoryMiB ?? 0));
    // The sum over every process of the build alive at the same moment: what a child process would add.
    const treeMemory = (variant: 'with' | 'without') => median(results[variant].map((m) => m.peakTreeMemoryMiB ?? 0));
    const cpu = (variant: 'with' | 'without') => median(results[variant].map((m) => m.cpuSeconds ?? 0));
    const timeRatio = seconds('with') / seconds('without');
    // CPU time sways less than wall time when the host is busy.
    const cpuRatio = cpu('without') > 0 ? cpu('with') / cpu('without') : null;
    const memoryRatio = memory('with') / memory('without');
    const treeMemoryRatio = treeMemory('without') > 0 ? treeMemory('with') / treeMemory('without') : null;

    const withBuild = join(root, 'build-with');
    const withoutBuild = join(root, 'build-without');
    const docHtml = 'docs/about.html';
    const docWith = pageBytes(withBuild, docHtml);
    const docWithout = pageBytes(withoutBuild, docHtml);

    const hotUrl = hot.slice(site.length).replace(/\.md$/, '').replace(/\\/g, '/');
    const dataFile = join(withBuild, 'page-history', `${hotUrl.replace(/^\/+/, '')}.json`);
    const hotHistory = JSON.parse(readFileSync(dataFile, 'utf8')) as { revisions: unknown[] };
    const view = pageBytes(withBuild, 'history.html');
    const siteWide = pageBytes(withBuild, docHtml).scripts;
    // The view's own chunks: what history.html loads beyond what every page loads.
    const viewOwnJs = view.scripts.filter((script) => !siteWide.includes(script));
    const diffChunks = chunksContaining(withBuild, 'diffWordsWithSpace', view.scripts).concat(
      chunksContaining(withBuild, 'maxEditLength', [...view.scripts, ...siteWide]),
    );
    const uniqueDiffChunks = [...new Set(diffChunks)];
    const dataGzip = gzipBytes(dataFile);
    const viewOwnGzip = viewOwnJs.reduce((total, script) => total + gzipBytes(join(withBuild, script)), 0);
    const diffGzip = uniqueDiffChunks.reduce((total, script) => total + gzipBytes(join(withBuild, script)), 0);

    const report = {
      pages: options.pages,
      commits: options.commits,
      runs: options.runs,
      buildSeconds: { with: seconds('with'), without: seconds('without'), ratio: timeRatio },
      buildCpuSeconds: { with: cpu('with'), without: cpu('without'), ratio: cpuRatio },
      peakMemoryMiB: { with: memory('with'), without: memory('without'), ratio: memoryRatio },
      peakTreeMemoryMiB: { with: treeMemory('with'), without: treeMemory('without'), ratio: treeMemoryRatio },
      allBuilds: results,
      historyView: {
        page: hotUrl,
        changes: hotHistory.revisions.length,
        dataGzip,
        viewChunksGzip: viewOwnGzip,
        diffChunkGzip: diffGzip,
        htmlGzip: view.htmlGzip,
        changeOrListGzip: dataGzip + viewOwnGzip + view.htmlGzip,
        compareGzip: dataGzip + viewOwnGzip + view.htmlGzip + diffGzip,
      },
      docPage: { page: docHtml, with: docWith, without: docWithout },
    };
    mkdirSync(join(SITE_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(SITE_ROOT, 'bench', 'results', 'history.json'), `${JSON.stringify(report, null, 2)}\n`);

    const percent = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)} %`;
    console.log(`
build time   with ${seconds('with').toFixed(1)} s, without ${seconds('without').toFixed(1)} s: ${percent(timeRatio)} (target <= 5 %)
build CPU    with ${cpu('with').toFixed(1)} s, without ${cpu('without').toFixed(1)} s: ${cpuRatio === null ? 'not read' : percent(cpuRatio)}
peak memory  with ${memory('with')} MiB, without ${memory('without')} MiB: ${percent(memoryRatio)} (target <= 5 %; largest process)
  all processes at once: with ${treeMemory('with')} MiB, without ${treeMemory('without')} MiB: ${treeMemoryRatio === null ? 'not read' : `${percent(treeMemoryRatio)} (target <= 5 %)`}
history view of ${hotUrl} (${hotHistory.revisions.length} changes): data ${formatKiB(dataGzip)}, view chunks ${formatKiB(viewOwnGzip)}, HTML ${formatKiB(view.htmlGzip)}, diff library chunk ${formatKiB(diffGzip)} (only to compare two versions)
  list or one change: ${formatKiB(report.historyView.changeOrListGzip)} gzip; comparing two versions: ${formatKiB(report.historyView.compareGzip)} gzip (target <= 30 KiB), beyond the scripts every page loads
doc page ${docHtml}: HTML ${docWithout.htmlGzip} -> ${docWith.htmlGzip} B gzip, first-load JS ${docWithout.jsGzip} -> ${docWith.jsGzip} B gzip
written to bench/results/history.json`);
    const failures = [
      timeRatio > 1.05 ? 'build time' : '',
      memoryRatio > 1.05 ? 'peak memory' : '',
      treeMemoryRatio !== null && treeMemoryRatio > 1.05 ? 'peak memory of all processes at once' : '',
      report.historyView.compareGzip > 30 * 1024 ? 'history view bytes' : '',
      docWith.jsGzip > docWithout.jsGzip * 1.01 ? 'doc page first-load JS' : '',
      docWith.htmlGzip > docWithout.htmlGzip * 1.01 ? 'doc page HTML' : '',
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`bench:history: over target: ${failures.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (existsSync(root) && !process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:history: ${(error as Error).message}`);
  process.exitCode = 1;
});
