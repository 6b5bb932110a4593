import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { APACHE_SECRET_DEFINES } from '../../src/plugins/private-mode/server-configs.ts';

// Debian's Apache httpd with mod_auth_openidc serving a private build with
// the file the build generated (_apache-oidc.conf), on a loopback port, from
// a throw-away ServerRoot: its own pid file, logs and runtime folder, no
// system service. Started as root (as CI is), the whole server runs as
// `nobody`, so it never holds root's rights.
const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES_DIR ?? '/usr/lib/apache2/modules';
const NOBODY = 65534;

/** Modules the generated file needs, and the few a bare server does. */
const MODULE_FILES: [string, string][] = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['authn_core_module', 'mod_authn_core.so'],
  ['auth_openidc_module', 'mod_auth_openidc.so'],
  ['headers_module', 'mod_headers.so'],
  ['rewrite_module', 'mod_rewrite.so'],
  ['filter_module', 'mod_filter.so'],
  ['deflate_module', 'mod_deflate.so'],
  ['mime_module', 'mod_mime.so'],
  ['dir_module', 'mod_dir.so'],
  ['alias_module', 'mod_alias.so'],
];

export type ApacheSecrets = Partial<Record<(typeof APACHE_SECRET_DEFINES)[number], string>>;

export type ApacheSetup = {
  /** The main config file, for `apache2 -t -f`. */
  configFile: string;
  prefix: string;
  port: number;
  errorLog: string;
  remove: () => void;
};

const runsAsRoot = process.getuid?.() === 0;

/**
 * Writes a ServerRoot with a main config that loads the modules, defines the
 * secrets (as a deployer's root-only file would) and includes the generated
 * site file, with its VirtualHost moved to 127.0.0.1:port and its root to buildDir.
 */
export function prepareApache(buildDir: string, port: number, secrets: ApacheSecrets): ApacheSetup {
  const root = resolve(buildDir);
  const generated = join(root, '_apache-oidc.conf');
  if (!existsSync(generated)) {
    throw new Error(
      `${generated} is missing: a private build with the OIDC variables writes it (src/plugins/private-mode).`,
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'handbook-apache-'));
  mkdirSync(join(prefix, 'run'));
  const site = readFileSync(generated, 'utf8')
    .replace(/^<VirtualHost [^>]+>/m, `<VirtualHost 127.0.0.1:${port}>`)
    .replaceAll(/^(\s*)(DocumentRoot|<Directory) "[^"]*"/gm, `$1$2 "${root}"`);
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'secrets.conf'),
    Object.entries(secrets)
      .map(([name, value]) => `Define ${name} ${value}\n`)
      .join(''),
  );
  const errorLog = join(prefix, 'error.log');
  const configFile = join(prefix, 'httpd.conf');
  writeFileSync(
    configFile,
    `ServerRoot "${prefix}"
DefaultRuntimeDir "${join(prefix, 'run')}"
PidFile "${join(prefix, 'httpd.pid')}"
ErrorLog "${errorLog}"
LogLevel warn auth_openidc:info
Mutex file:${join(prefix, 'run')} default
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
ServerTokens Prod
${MODULE_FILES.map(([name, file]) => `LoadModule ${name} ${join(MODULES, file)}`).join('\n')}
TypesConfig /etc/mime.types
Include "${join(prefix, 'secrets.conf')}"
Include "${join(prefix, 'site.conf')}"
`,
  );
  if (runsAsRoot) {
    chownSync(prefix, NOBODY, NOBODY);
    chownSync(join(prefix, 'run'), NOBODY, NOBODY);
    // Only the server's own user reads the secrets, as on a real host.
    chownSync(join(prefix, 'secrets.conf'), NOBODY, NOBODY);
    chmodSync(join(prefix, 'secrets.conf'), 0o600);
  }
  return { configFile, prefix, port, errorLog, remove: () => rmSync(prefix, { recursive: true, force: true }) };
}

/** `apache2 -t`: the config check a deployer runs; returns its exit status and what it printed. */
export function checkApacheConfig(setup: ApacheSetup): { status: number | null; output: string } {
  const result = spawnSync(APACHE, ['-t', '-f', setup.configFile], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

export type RunningApache = { url: string; pid: number; stop: () => Promise<void> };

export async function startApache(setup: ApacheSetup): Promise<RunningApache> {
  if (!existsSync(APACHE)) {
    throw new Error(
      `No Apache at ${APACHE}: install it with "apt-get install -y apache2 libapache2-mod-auth-openidc" or set APACHE_PATH.`,
    );
  }
  const child = spawn(APACHE, ['-f', setup.configFile, '-DFOREGROUND'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    ...(runsAsRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const url = `http://127.0.0.1:${setup.port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      throw new Error(
        `Apache exited with ${child.exitCode}: ${existsSync(setup.errorLog) ? readFileSync(setup.errorLog, 'utf8') : ''}`,
      );
    }
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      break;
    } catch {
      if (attempt > 100) throw new Error(`Apache did not answer at ${url}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        // SIGTERM stops Apache and its children at once (a graceful stop would wait for open connections).
        process.kill(child.pid ?? 0, 'SIGTERM');
        await exited;
      }
    },
  };
}
