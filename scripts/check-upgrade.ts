// Would the handbook survive another Docusaurus? Copies this repository (its
// working tree, with history for the "last updated" dates) into a scratch
// folder, installs the given version of every @docusaurus/* package there,
// and then, on a Node that version supports:
//   1. runs the guard tests of the patches on Docusaurus internals
//      (src/internals/registry.ts): a failing block names the patch it guards;
//   2. builds the site with the patches and again with HANDBOOK_STOCK_DOCUSAURUS=1;
//   3. runs the sitemap, reader and search browser tests against each build.
// It prints a Markdown report (also written to --report <file>) and exits 1
// when anything failed. Nothing in this repository is touched.
//
// Try: npm run check:upgrade -- 3.10.2
//      npm run check:upgrade -- 4.0.0-canary-6808 --report upgrade.md
// Design record: design/docusaurus-upgrades.md
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { INTERNALS_PATCHES, STOCK_DOCUSAURUS_ENV } from '../src/internals/registry.ts';

const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GUARD_TESTS = 'src/internals/__tests__/guards.test.ts';
const BROWSER_TESTS = ['e2e/sitemap.e2e.ts', 'e2e/reader.e2e.ts', 'e2e/search.e2e.ts'];
const USAGE =
  'usage: npm run check:upgrade -- <docusaurus version | major.x> [--report <file>] [--work-dir <folder>] [--keep]\n' +
  '  e.g. npm run check:upgrade -- 4.0.0-canary-6808, or 4.x for the newest 4 every @docusaurus package has';

export type CheckOptions = { version: string; reportFile?: string; workDir?: string; keep: boolean };

/** Reads the arguments after `npm run check:upgrade --`. */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { version: '', keep: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const value = () => {
      const next = args[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--report') options.reportFile = resolve(value());
    else if (arg === '--work-dir') options.workDir = resolve(value());
    else if (arg === '--keep') options.keep = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (options.version) throw new Error(`one version at a time: got ${options.version} and ${arg}\n${USAGE}`);
    else options.version = arg;
  }
  if (!/^(\d+\.x|\d+\.\d+\.\d+(-[\w.-]+)?)$/.test(options.version)) {
    throw new Error(`${options.version ? `"${options.version}" is not a version` : 'no version given'}\n${USAGE}`);
  }
  return options;
}

/** Whether a Node version meets an `engines.node` range of the `>=x.y.z` form Docusaurus uses. */
export function meetsMinimum(nodeVersion: string, range: string): boolean {
  const minimum = /^>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!minimum)
    throw new Error(`engines.node "${range}" is not of the form >=x.y.z; check:upgrade only reads that form`);
  const have = nodeVersion.replace(/^v/, '').split('.').map(Number);
  for (let part = 0; part < 3; part++) {
    const want = Number(minimum[part + 1] ?? 0);
    const got = have[part] ?? 0;
    if (got !== want) return got > want;
  }
  return true;
}

type Run = { status: number; output: string; seconds: number };

/** Runs a command, echoing its output, and keeps the output for the report. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  console.log(`check:upgrade: ${command} ${args.join(' ')}`);
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolvePromise) => {
    child.on('error', (error) => resolvePromise({ status: 1, output: `${output}\n${error.message}`, seconds: 0 }));
    child.on('close', (code) =>
      resolvePromise({ status: code ?? 1, output, seconds: Math.round((performance.now() - started) / 1000) }),
    );
  });
}

function npmView<T = string>(spec: string, field: string): T | undefined {
  const result = spawnSync('npm', ['view', spec, field, '--json'], { encoding: 'utf8' });
  if (result.status !== 0 || !result.stdout.trim()) return undefined;
  return JSON.parse(result.stdout) as T;
}

/** The @docusaurus/* packages the site's package.json names. */
function siteDocusaurusPackages(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => name.startsWith('@docusaurus/'));
}

/**
 * The newest version of a major that every package has published: its
 * newest release, or its newest pre-release while it has no release yet.
 * `versionLists` are as `npm view <package> versions` gives them, oldest first.
 */
export function newestCommonVersion(major: number, versionLists: readonly (readonly string[])[]): string | undefined {
  const [first = [], ...others] = versionLists;
  const common = first.filter(
    (version) => version.startsWith(`${major}.`) && others.every((list) => list.includes(version)),
  );
  const releases = common.filter((version) => !version.includes('-'));
  return (releases.length > 0 ? releases : common).at(-1);
}

/** A version as given, or `N.x` read as the newest version of major N that every package the site uses has. */
function resolveVersion(requested: string): string {
  const major = /^(\d+)\.x$/.exec(requested)?.[1];
  if (major === undefined) return requested;
  const lists = siteDocusaurusPackages().map((name) => npmView<string[]>(name, 'versions') ?? []);
  const version = newestCommonVersion(Number(major), lists);
  if (!version)
    throw new Error(`no Docusaurus ${requested} has been published for every @docusaurus package the site uses`);
  console.log(`check:upgrade: ${requested} is ${version}`);
  return version;
}

/** Every @docusaurus/* package in the site's lockfile, at any depth. */
function lockedDocusaurusPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(REPO_DIR, 'package-lock.json'), 'utf8')) as { packages: object };
  const names = Object.keys(lock.packages).flatMap((key) => /node_modules\/(@docusaurus\/[^/]+)$/.exec(key)?.[1] ?? []);
  return [...new Set(names)].sort();
}

type InstallPlan = {
  /** The @docusaurus packages package.json names: pinned to the version. */
  direct: string[];
  /** Every @docusaurus package of the tree published at the version: forced to it through `overrides`. */
  overridden: string[];
  /** Packages the site names, or @docusaurus/core needs, that the registry lacks at the version. */
  missing: string[];
};

/**
 * What to install. Every @docusaurus package goes to the one version, even
 * those that come in through another plugin (the benchmark's search plugin
 * pins theme-common 3): two copies of theme-common or the docs plugin mean
 * two React contexts, and pages fail with "called outside the <Provider>".
 */
async function planInstall(version: string): Promise<InstallPlan> {
  const direct = siteDocusaurusPackages();
  const coreDeps = npmView<Record<string, string>>(`@docusaurus/core@${version}`, 'dependencies') ?? {};
  const needed = new Set([...direct, ...Object.keys(coreDeps).filter((name) => name.startsWith('@docusaurus/'))]);
  const candidates = [...new Set([...needed, ...lockedDocusaurusPackages()])];
  const published = await Promise.all(
    candidates.map(
      (name) =>
        new Promise<boolean>((resolvePromise) => {
          execFile('npm', ['view', `${name}@${version}`, 'version'], (error, stdout) =>
            resolvePromise(!error && stdout.trim() !== ''),
          );
        }),
    ),
  );
  const overridden = candidates.filter((_, index) => published[index]);
  return { direct, overridden, missing: [...needed].filter((name) => !overridden.includes(name)) };
}

/** Pins the copy's @docusaurus packages to the version, as `npm install` then installs them. */
function pinVersion(siteCopy: string, plan: InstallPlan, version: string) {
  const file = join(siteCopy, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const dependencies = pkg[field] ?? {};
    for (const name of Object.keys(dependencies)) if (plan.direct.includes(name)) dependencies[name] = version;
  }
  pkg.overrides = { ...pkg.overrides, ...Object.fromEntries(plan.overridden.map((name) => [name, version])) };
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

/** A bin folder with a Node that meets the range: this one, or node@<major> from the npm registry. */
function nodeBinFor(range: string, workDir: string): string {
  if (meetsMinimum(process.versions.node, range)) return dirname(process.execPath);
  const major = /\d+/.exec(range)?.[0] ?? '';
  const prefix = join(workDir, 'node');
  console.log(`check:upgrade: Docusaurus needs Node ${range}, this is ${process.version}; installing node@${major}`);
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `node@${major}`], {
    stdio: 'inherit',
  });
  const bin = join(prefix, 'node_modules', '.bin');
  if (install.status !== 0 || !existsSync(join(bin, 'node'))) {
    throw new Error(`could not install node@${major} from the npm registry (see npm's output above)`);
  }
  return bin;
}

function git(args: readonly string[], cwd: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** This repository as it is on disk (committed or not), with its history, minus node_modules and builds. */
function copySite(siteCopy: string) {
  git(['clone', '--quiet', '--no-checkout', REPO_DIR, siteCopy], REPO_DIR);
  git(['checkout', '--quiet', git(['rev-parse', 'HEAD'], REPO_DIR).trim()], siteCopy);
  const files = (from: string[]) =>
    git([...from, '-z'], REPO_DIR)
      .split('\0')
      .filter(Boolean);
  for (const file of files(['ls-files', '--cached', '--others', '--exclude-standard'])) {
    const source = join(REPO_DIR, file);
    if (!existsSync(source)) continue;
    mkdirSync(dirname(join(siteCopy, file)), { recursive: true });
    cpSync(source, join(siteCopy, file));
  }
  for (const file of files(['ls-files', '--deleted'])) rmSync(join(siteCopy, file), { force: true });
}

type VitestJson = {
  testResults?: {
    name: string;
    message?: string;
    assertionResults: { ancestorTitles: string[]; fullName: string; status: string; failureMessages: string[] }[];
  }[];
};

type TestOutcome = { passed: number; failed: { name: string; message: string }[]; error?: string };

/** Runs Vitest with its JSON reporter and reads what passed and failed. */
async function runVitest(siteCopy: string, env: NodeJS.ProcessEnv, args: readonly string[]): Promise<TestOutcome> {
  const jsonFile = join(siteCopy, `vitest-${Date.now()}.json`);
  const result = await run(
    join(siteCopy, 'node_modules', '.bin', 'vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
    siteCopy,
    { ...env, TZ: 'UTC' },
  );
  if (!existsSync(jsonFile)) return { passed: 0, failed: [], error: lastLines(result.output) };
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as VitestJson;
  const outcome: TestOutcome = { passed: 0, failed: [] };
  for (const file of report.testResults ?? []) {
    if (file.message && file.assertionResults.length === 0) {
      outcome.failed.push({ name: file.name.replace(`${siteCopy}/`, ''), message: firstLine(file.message) });
    }
    for (const test of file.assertionResults) {
      if (test.status === 'passed') outcome.passed++;
      else if (test.status === 'failed') {
        outcome.failed.push({ name: test.fullName, message: firstLine(test.failureMessages[0] ?? '') });
      }
    }
  }
  if (result.status !== 0 && outcome.failed.length === 0) outcome.error = lastLines(result.output);
  return outcome;
}

// Terminal colour codes, as Vitest and npm put them in their messages.
const COLOUR_CODES = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/** The first line of a message (a stack follows it), without colour codes. */
function firstLine(text: string): string {
  return (text.replace(COLOUR_CODES, '').split('\n')[0] ?? '').slice(0, 300);
}

function lastLines(text: string, count = 15): string {
  return text.replace(COLOUR_CODES, '').trimEnd().split('\n').slice(-count).join('\n');
}

type ModeResult = { build: Run; browser?: TestOutcome };

export type CheckResult = {
  version: string;
  node: string;
  missing: string[];
  install?: Run;
  guards?: TestOutcome;
  patched?: ModeResult;
  stock?: ModeResult;
};

function passedAll(result: CheckResult): boolean {
  const modeOk = (mode?: ModeResult) =>
    mode !== undefined && mode.build.status === 0 && mode.browser !== undefined && isClean(mode.browser);
  return (
    result.missing.length === 0 &&
    result.install?.status === 0 &&
    result.guards !== undefined &&
    isClean(result.guards) &&
    modeOk(result.patched) &&
    modeOk(result.stock)
  );
}

function isClean(outcome: TestOutcome): boolean {
  return outcome.failed.length === 0 && outcome.error === undefined && outcome.passed > 0;
}

/** The patches whose guard block has a failing test, with the first failure of each. */
export function brokenPatches(guards: TestOutcome): { id: string; message: string }[] {
  return INTERNALS_PATCHES.flatMap((patch) => {
    const failure = guards.failed.find((test) => test.name.startsWith(`${patch.id} `));
    return failure ? [{ id: patch.id, message: failure.message }] : [];
  });
}

function describeTests(outcome: TestOutcome | undefined): string {
  if (!outcome) return 'not run';
  if (outcome.error !== undefined) return 'could not run';
  return `${outcome.passed} passed, ${outcome.failed.length} failed`;
}

function describeBuild(mode: ModeResult | undefined): string {
  if (!mode) return 'not run';
  return mode.build.status === 0 ? `built in ${mode.build.seconds} s` : `failed (exit ${mode.build.status})`;
}

/** The report, in Markdown (it is posted as an issue by the scheduled workflow). */
export function formatReport(result: CheckResult): string {
  const lines = [
    `## Docusaurus ${result.version} on Node ${result.node}: ${passedAll(result) ? 'passed' : 'BROKE'}`,
    '',
  ];
  if (result.missing.length > 0) {
    lines.push(
      `Not installable: the registry has no ${result.version} of ${result.missing.join(', ')}.`,
      'Try a version every @docusaurus package was published at (`npm view @docusaurus/faster versions`).',
    );
    return lines.join('\n');
  }
  if (result.install && result.install.status !== 0) {
    lines.push('`npm install` failed:', '', '```', lastLines(result.install.output), '```');
    return lines.join('\n');
  }
  const broken = result.guards ? brokenPatches(result.guards) : [];
  lines.push(
    '| | with the patches | stock (' + STOCK_DOCUSAURUS_ENV + '=1) |',
    '| --- | --- | --- |',
    `| build | ${describeBuild(result.patched)} | ${describeBuild(result.stock)} |`,
    `| browser tests (${BROWSER_TESTS.map((file) => file.replace(/^e2e\/|\.e2e\.ts$/g, '')).join(', ')}) | ${describeTests(result.patched?.browser)} | ${describeTests(result.stock?.browser)} |`,
    '',
    `Guard tests of the patches on Docusaurus internals: ${describeTests(result.guards)}.`,
  );
  if (broken.length > 0) {
    lines.push('', '### Patches that broke', '');
    for (const { id, message } of broken) {
      const patch = INTERNALS_PATCHES.find((candidate) => candidate.id === id);
      lines.push(`- **${id}** (${patch?.files.join(', ') ?? ''}): ${message}`);
    }
  }
  if (result.guards?.error) lines.push('', '```', result.guards.error, '```');
  for (const [label, mode] of [
    ['with the patches', result.patched],
    ['stock', result.stock],
  ] as const) {
    if (!mode) continue;
    if (mode.build.status !== 0) {
      lines.push('', `### Build ${label}: the end of its output`, '', '```', lastLines(mode.build.output, 25), '```');
    }
    const browser = mode.browser;
    if (browser && (browser.failed.length > 0 || browser.error)) {
      lines.push('', `### Browser tests ${label} that failed`, '');
      for (const test of browser.failed) lines.push(`- ${test.name}: ${test.message}`);
      if (browser.error) lines.push('```', browser.error, '```');
    }
  }
  const patchedBroke =
    result.patched?.build.status !== 0 || !result.patched.browser || !isClean(result.patched.browser);
  const stockBroke = result.stock?.build.status !== 0 || !result.stock.browser || !isClean(result.stock.browser);
  if (patchedBroke && !stockBroke && broken.length === 0) {
    lines.push(
      '',
      'Only the patched site broke, yet no guard test failed: a patch broke in a way its guard does not check; see src/internals/registry.ts.',
    );
  }
  return lines.join('\n');
}

async function checkMode(siteCopy: string, env: NodeJS.ProcessEnv, name: string): Promise<ModeResult> {
  const outDir = join(siteCopy, `build-${name}`);
  const build = await run('npm', ['run', 'build', '--', '--out-dir', outDir], siteCopy, env);
  if (build.status !== 0) return { build };
  const browser = await runVitest(siteCopy, { ...env, BUILD_DIR: outDir }, [
    '--config',
    'e2e/vitest.config.mts',
    ...BROWSER_TESTS,
  ]);
  return { build, browser };
}

export async function checkUpgrade(options: CheckOptions): Promise<CheckResult> {
  const version = resolveVersion(options.version);
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'handbook-upgrade-'));
  mkdirSync(workDir, { recursive: true });
  const plan = await planInstall(version);
  const { missing } = plan;
  const nodeRange = npmView(`@docusaurus/core@${version}`, 'engines.node') ?? '>=20.0';
  const nodeBin = nodeBinFor(nodeRange, workDir);
  // The patched runs never inherit the switch from the caller's shell.
  const callerEnv = Object.entries(process.env).filter(([name]) => name !== STOCK_DOCUSAURUS_ENV);
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(callerEnv),
    PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ''}`,
  };
  const node = spawnSync(join(nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  const result: CheckResult = { version, node, missing };
  if (missing.length > 0) return result;

  const siteCopy = join(workDir, 'site');
  try {
    rmSync(siteCopy, { recursive: true, force: true });
    copySite(siteCopy);
    pinVersion(siteCopy, plan, version);
    const installArgs = ['install', '--prefer-offline', '--no-audit', '--no-fund'];
    result.install = await run('npm', installArgs, siteCopy, env);
    // A pre-release major often still has plugins in the tree (the benchmark's
    // search plugin) whose peer range names only the current major.
    if (result.install.status !== 0 && result.install.output.includes('ERESOLVE')) {
      result.install = await run('npm', [...installArgs, '--legacy-peer-deps'], siteCopy, env);
    }
    if (result.install.status !== 0) return result;

    result.guards = await runVitest(siteCopy, env, [GUARD_TESTS]);
    result.patched = await checkMode(siteCopy, env, 'patched');
    result.stock = await checkMode(siteCopy, { ...env, [STOCK_DOCUSAURUS_ENV]: '1' }, 'stock');
    return result;
  } finally {
    if (!options.keep && !options.workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseCheckArgs(process.argv.slice(2));
  const result = await checkUpgrade(options);
  const report = formatReport(result);
  console.log(`\n${report}`);
  if (options.reportFile) writeFileSync(options.reportFile, `${report}\n`);
  process.exitCode = passedAll(result) ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`check:upgrade: ${(error as Error).message}`);
    process.exitCode = 2;
  });
}
