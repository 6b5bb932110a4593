// After every production build: hash the inline scripts Docusaurus wrote and
// write the security headers for two kinds of host, build/_headers and
// build/_nginx.conf (see policy.ts for the policy and why).
//
// Try: npm run build && grep -c sha256 build/_headers
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

import { htmlWritingDone } from './html-writers.ts';
import type { CacheScope } from './cache-control.ts';
import { headersFile, inlineScripts, nginxConfig, sha256Source, type PolicyOptions } from './policy.ts';

/** Another server's config, written from the same policy as `_headers` and `_nginx.conf`. */
export type DeploymentFile = { name: string; render: (policy: PolicyOptions) => string };

export type SecurityHeadersOptions = {
  /** Origins the client may fetch from besides its own (Algolia's, when configured). */
  connectOrigins?: string[];
  /** Where nginx finds the site on the server; NGINX_ROOT overrides it. */
  nginxRoot?: string;
  nginxListen?: string;
  /** Extra nginx `location` blocks for the server (the redirects' 301s). */
  nginxLocations?: string[];
  /** Server-level nginx lines that gate every request (src/plugins/private-mode). */
  nginxAccessLines?: string[];
  /** Headers every response carries besides the security headers. */
  extraHeaders?: [string, string][];
  cacheScope?: CacheScope;
  /** More server configs written from the same policy (the private mode's Apache file). */
  deploymentFiles?: DeploymentFile[];
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files read at once: enough to keep the disk busy while the last one is scanned. */
const READS_IN_FLIGHT = 8;

/**
 * The CSP hashes of every inline script in the built pages. Pages are
 * searched as bytes (the tags are ASCII) and only script stretches are
 * decoded, several files at a time, which is several times faster than
 * decoding whole pages (design/security-headers.md).
 */
export async function collectScriptHashes(outDir: string): Promise<string[]> {
  const files = await htmlFiles(outDir);
  const hashes = new Set<string>();
  let next = 0;
  const reader = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      for (const script of inlineScripts(await readFile(file))) hashes.add(sha256Source(script, 'latin1'));
    }
  };
  await Promise.all(Array.from({ length: READS_IN_FLIGHT }, reader));
  return [...hashes].sort();
}

export default function securityHeadersPlugin(_context: unknown, options: SecurityHeadersOptions = {}): Plugin {
  return {
    name: 'security-headers',
    async postBuild({ outDir }) {
      // Pages other plugins write in postBuild (client redirects) need their scripts hashed too.
      await htmlWritingDone(outDir);
      const policy: PolicyOptions = {
        scriptHashes: await collectScriptHashes(outDir),
        connectOrigins: options.connectOrigins ?? [],
        extraHeaders: options.extraHeaders ?? [],
        cacheScope: options.cacheScope ?? 'public',
      };
      await writeFile(join(outDir, '_headers'), headersFile(policy));
      await writeFile(
        join(outDir, '_nginx.conf'),
        nginxConfig({
          ...policy,
          root: process.env.NGINX_ROOT ?? options.nginxRoot ?? '/var/www/handbook',
          listen: options.nginxListen ?? '80',
          locations: options.nginxLocations ?? [],
          accessLines: options.nginxAccessLines ?? [],
        }),
      );
      for (const file of options.deploymentFiles ?? []) {
        await writeFile(join(outDir, file.name), file.render(policy));
      }
    },
  };
}
