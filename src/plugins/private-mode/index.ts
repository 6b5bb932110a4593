// Private mode (HANDBOOK_PRIVATE=1): a handbook for signed-in colleagues only.
// Every page asks search engines to stay out (a robots meta tag here, the
// X-Robots-Tag header in the server configs), robots.txt disallows everything,
// and the server configs gate every URL. Why and what it does not protect:
// design/private-handbook.md.
//
// Try: HANDBOOK_PRIVATE=1 SITE_URL=https://handbook.corp.example HANDBOOK_REPO_URL=https://git.corp.example/handbook npm run build
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

import type { DeploymentFile, SecurityHeadersOptions } from '../security-headers/index.ts';
import { apacheOidcConfig, nginxAccessLines, nginxAccessLocations } from './server-configs.ts';
import type { PrivateSettings } from './settings.ts';

export const ROBOTS_DIRECTIVE = 'noindex, nofollow';

/** Disallows every path for every crawler: a gated site has nothing to crawl. */
export const PRIVATE_ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

export const APACHE_OIDC_FILE = '_apache-oidc.conf';

/** What the private mode adds to the security-headers plugin's options: same policy, gated. */
export function privateServerOptions(
  settings: PrivateSettings,
  root: string,
): Pick<SecurityHeadersOptions, 'extraHeaders' | 'cacheScope' | 'nginxAccessLines' | 'deploymentFiles'> & {
  nginxLocations: string[];
} {
  const { oidc } = settings;
  const deploymentFiles: DeploymentFile[] = oidc
    ? [
        {
          name: APACHE_OIDC_FILE,
          render: (policy) => apacheOidcConfig({ root, siteUrl: settings.siteUrl, oidc }, policy),
        },
      ]
    : [];
  return {
    extraHeaders: [['X-Robots-Tag', ROBOTS_DIRECTIVE]],
    cacheScope: 'private',
    nginxAccessLines: nginxAccessLines(settings),
    nginxLocations: nginxAccessLocations(settings),
    deploymentFiles,
  };
}

export default function privateModePlugin(): Plugin {
  return {
    name: 'private-mode',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'meta', attributes: { name: 'robots', content: ROBOTS_DIRECTIVE } }] };
    },
    async postBuild({ outDir }) {
      await writeFile(join(outDir, 'robots.txt'), PRIVATE_ROBOTS_TXT);
    },
  };
}
