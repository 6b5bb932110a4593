// Fails when the repository or the built site holds something that looks like
// a credential (secretlint's recommended rules: cloud keys, tokens, private
// keys...), or when build/ contains the value of a write key from the
// environment. With Algolia configured, the only key a reader may see is the
// search-only key.
//
// Try: npm run build && npm run check:secrets
// Try: ALGOLIA_WRITE_API_KEY=... npm run check:secrets -- --build-dir build
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

/** Environment variables that hold keys which must never ship to readers. */
export const PRIVATE_KEY_VARIABLES = ['ALGOLIA_WRITE_API_KEY', 'ALGOLIA_ADMIN_API_KEY'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function trackedFiles(): string[] {
  const result = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) return [];
  // The lockfile's integrity hashes are random-looking by design.
  return result.stdout.split('\0').filter((file) => file && file !== 'package-lock.json');
}

function runSecretlint(files: string[]): string[] {
  if (files.length === 0) return [];
  const result = spawnSync(
    process.execPath,
    [join('node_modules', 'secretlint', 'bin', 'secretlint.js'), '--format', 'unix', '--maskSecrets', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status === 0) return [];
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /:\d+:\d+: /.test(line));
  return lines.length > 0 ? lines : [`secretlint failed: ${result.stderr || result.stdout}`];
}

export function findPrivateKeyValues(buildDir: string, env: NodeJS.ProcessEnv): string[] {
  const keys = PRIVATE_KEY_VARIABLES.flatMap((name) => {
    const value = env[name];
    return value && value.length >= 8 ? [[name, value] as const] : [];
  });
  if (keys.length === 0) return [];
  const problems: string[] = [];
  for (const file of filesUnder(buildDir)) {
    const text = readFileSync(file, 'latin1');
    for (const [name, value] of keys) {
      if (text.includes(value)) {
        problems.push(
          `${relative('.', file)}: the value of ${name} is in the built site; only the search-only key may ship`,
        );
      }
    }
  }
  return problems;
}

function main() {
  const { values } = parseArgs({ options: { 'build-dir': { type: 'string', default: 'build' } } });
  const buildDir = values['build-dir'];
  let builtFiles: string[] = [];
  try {
    builtFiles = filesUnder(buildDir).map((file) => relative('.', file));
  } catch {
    console.log(`check-secrets: no ${buildDir}/ yet; checking the repository only`);
  }
  const problems = [
    ...runSecretlint(trackedFiles()),
    ...(builtFiles.length > 0 ? runSecretlint([`${buildDir}/**/*`]) : []),
    ...(builtFiles.length > 0 ? findPrivateKeyValues(buildDir, process.env) : []),
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(
      `check-secrets: ${problems.length} secret-looking value(s) found; remove them and rotate the credential.`,
    );
    process.exit(1);
  }
  console.log(`check-secrets: no secrets in the repository or ${buildDir}/`);
}

main();
