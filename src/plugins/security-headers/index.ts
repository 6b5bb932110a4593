// After every production build: hash the inline scripts Docusaurus wrote and
// write the security headers for two kinds of host, build/_headers and
// build/_nginx.conf (see policy.ts for the policy and why).
//
// Try: npm run build && grep -c sha256 build/_headers
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

import { headersFile, inlineScripts, nginxConfig, sha256Source } from './policy.ts';

export type SecurityHeadersOptions = {
  /** Origins the client may fetch from besides its own (Algolia's, when configured). */
  connectOrigins?: string[];
  /** Where nginx finds the site on the server; NGINX_ROOT overrides it. */
  nginxRoot?: string;
  nginxListen?: string;
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function collectScriptHashes(outDir: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const file of await htmlFiles(outDir)) {
    for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(sha256Source(script));
  }
  return [...hashes].sort();
}

export default function securityHeadersPlugin(_context: unknown, options: SecurityHeadersOptions = {}): Plugin {
  return {
    name: 'security-headers',
    async postBuild({ outDir }) {
      const policy = { scriptHashes: await collectScriptHashes(outDir), connectOrigins: options.connectOrigins ?? [] };
      await writeFile(join(outDir, '_headers'), headersFile(policy));
      await writeFile(
        join(outDir, '_nginx.conf'),
        nginxConfig({
          ...policy,
          root: process.env.NGINX_ROOT ?? options.nginxRoot ?? '/var/www/handbook',
          listen: options.nginxListen ?? '80',
        }),
      );
    },
  };
}
