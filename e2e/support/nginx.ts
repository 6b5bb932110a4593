import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Debian's nginx serving build/ with the configuration the build generated
// (build/_nginx.conf), on a free loopback port, from a throw-away prefix.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export type RunningNginx = { url: string; pid: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, logFile: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) {
      throw new Error(
        `nginx exited with ${child.exitCode}: ${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`,
      );
    }
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

/** A throw-away nginx prefix whose main config includes the given server block. */
function writeNginxPrefix(site: string): { prefix: string; logFile: string } {
  const prefix = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  writeFileSync(join(prefix, 'site.conf'), site);
  const logFile = join(prefix, 'error.log');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${logFile} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${join(prefix, 'site.conf')};
}
`,
  );
  return { prefix, logFile };
}

/** `nginx -t` on a server block, as a deployer checks one: its exit status and what it printed. */
export function checkNginxConfig(site: string): { status: number | null; output: string } {
  const { prefix } = writeNginxPrefix(site);
  try {
    const result = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

export async function startNginx(buildDir: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`No nginx at ${NGINX}: install it with "sudo apt-get install -y nginx" or set NGINX_PATH.`);
  }
  const root = resolve(buildDir);
  const generated = join(root, '_nginx.conf');
  if (!existsSync(generated))
    throw new Error(`${generated} is missing: the build writes it (src/plugins/security-headers).`);
  const port = await freePort();
  const site = readFileSync(generated, 'utf8')
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
  const { prefix, logFile } = writeNginxPrefix(site);
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, child, logFile);
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        process.kill(child.pid ?? 0, 'SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
