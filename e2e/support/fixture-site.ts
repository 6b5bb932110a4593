import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { copySite } from '../../scripts/lib/copy-site.ts';
import { writeFiles } from '../../tests/support/temp-site.ts';

export type FixtureSite = { dir: string; buildDir: string; remove: () => void };

/**
 * Builds a copy of the handbook with extra files added (e.g. a hostile page),
 * in a throw-away folder. The build's output is returned, errors included.
 */
export async function buildFixtureSite(
  files: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<FixtureSite> {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-fixture-'));
  copySite(join(__dirname, '..', '..'), dir);
  writeFiles(dir, files);
  const docusaurus = join(dir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  let output = '';
  const code = await new Promise<number | null>((done) => {
    // Cold and isolated: the copies share our node_modules, and with it Rspack's persistent cache.
    const env = { ...process.env, ...extraEnv, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' };
    const child = spawn(process.execPath, [docusaurus, 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', done);
  });
  if (code !== 0) {
    const firstError = output.indexOf('Error');
    throw new Error(`fixture build failed:\n${output.slice(Math.max(0, firstError - 200), firstError + 3000)}`);
  }
  return { dir, buildDir: join(dir, 'build'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
