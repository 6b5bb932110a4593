import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import type { OidcProviderSettings } from './oidc-accounts.ts';

// Starts e2e/support/oidc-provider-server.ts as its own process and waits
// for the line saying it listens; stop() ends it by PID.
const HERE = import.meta.dirname;
const TSX = join(HERE, '..', '..', 'node_modules', '.bin', 'tsx');

export type RunningProvider = { issuer: string; pid: number; stop: () => Promise<void> };

export async function startOidcProvider(settings: OidcProviderSettings): Promise<RunningProvider> {
  const child = spawn(TSX, [join(HERE, 'oidc-provider-server.ts')], {
    env: { ...process.env, OIDC_SETTINGS: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(child.pid ?? 0, 'SIGTERM');
    await exited;
  };
  const ready = await new Promise<boolean>((done) => {
    const timer = setTimeout(() => done(false), 30_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('"listening"')) {
        clearTimeout(timer);
        done(true);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      done(false);
    });
  });
  if (!ready) {
    await stop();
    throw new Error(`the OpenID Connect provider did not start: ${errors}`);
  }
  return { issuer: settings.issuer, pid: child.pid ?? 0, stop };
}
