// Moved pages keep their old addresses working, served three ways from one
// list (src/data/redirects.yml): a redirect page at each old address, written
// by @docusaurus/plugin-client-redirects for any static host; a _redirects
// file of 301s for Netlify and Cloudflare Pages; and 301 locations in the
// generated nginx config (handed to src/plugins/security-headers by the
// config). See design/redirects.md.
//
// Try: npm run build && cat build/_redirects
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pluginClientRedirects, {
  validateOptions as validateClientRedirectsOptions,
  type PluginOptions,
} from '@docusaurus/plugin-client-redirects';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizePluginOptions } from '@docusaurus/utils-validation';

import { announceHtmlWriting } from '../security-headers/html-writers.ts';
import { redirectsFile } from './server/redirect-files.ts';
import type { Redirect } from './server/redirect-list.ts';

export type RedirectsOptions = { redirects: readonly Pick<Redirect, 'from' | 'to'>[] };

export default function redirectsPlugin(context: LoadContext, options: RedirectsOptions): Plugin<void> | null {
  const clientRedirects = pluginClientRedirects(context, clientRedirectsOptions(options));
  if (clientRedirects === null) return null;
  // The client redirects plugin has no other lifecycle method than postBuild.
  return {
    name: 'handbook-redirects',
    async postBuild(props) {
      const writing = Promise.all([
        clientRedirects.postBuild?.(props),
        writeFile(join(props.outDir, '_redirects'), redirectsFile(options.redirects, props.baseUrl)),
      ]);
      // The redirect pages' inline script must be in the Content-Security-Policy.
      announceHtmlWriting(props.outDir, writing);
      await writing;
    },
  };
}

/**
 * Our list, checked by the client redirects plugin's own schema (it rejects a
 * malformed `from`) and given its defaults. Docusaurus runs a plugin's
 * `validateOptions` only for plugins named by path, and the config hands this
 * one over as a function.
 */
function clientRedirectsOptions(options: RedirectsOptions): PluginOptions {
  return validateClientRedirectsOptions({
    validate: normalizePluginOptions as unknown as Parameters<typeof validateClientRedirectsOptions>[0]['validate'],
    options: { redirects: options.redirects.map(({ from, to }) => ({ from, to })) },
  });
}
