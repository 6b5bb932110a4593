// Docusaurus starts every plugin's postBuild at once, so the security headers
// could hash the pages before the client redirect pages exist. This runs the
// two postBuilds as Docusaurus does, the headers first, and checks the
// redirect page's inline script is in the Content-Security-Policy.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext, Props } from '@docusaurus/types';
import { afterEach, expect, test } from 'vitest';

import securityHeadersPlugin from '../../security-headers/index.ts';
import { inlineScripts, sha256Source } from '../../security-headers/policy.ts';
import redirectsPlugin from '../index.ts';

let outDir: string | undefined;
afterEach(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('the redirect page written in postBuild has its script hashed in _headers and _nginx.conf', async () => {
  outDir = mkdtempSync(join(tmpdir(), 'handbook-redirects-'));
  mkdirSync(join(outDir, 'docs'));
  writeFileSync(
    join(outDir, 'docs', 'new.html'),
    '<!doctype html><html><body><script>window.a=1</script></body></html>',
  );
  const siteConfig = { trailingSlash: false, baseUrl: '/', future: { experimental_router: 'browser' } };
  const context = { siteConfig, siteDir: outDir, baseUrl: '/' } as unknown as LoadContext;
  const redirects = [{ from: '/docs/old', to: '/docs/new' }];
  const plugins = [securityHeadersPlugin(context, { nginxLocations: [] }), redirectsPlugin(context, { redirects })];
  const props = { outDir, baseUrl: '/', siteConfig, routesPaths: ['/docs/new', '/'] } as unknown as Props;
  // As Docusaurus' executePluginsPostBuild: all started in one loop, awaited together.
  await Promise.all(plugins.map(async (plugin) => plugin?.postBuild?.({ ...props, content: undefined } as never)));

  const redirectPage = readFileSync(join(outDir, 'docs', 'old', 'index.html'));
  const [script] = inlineScripts(redirectPage);
  expect(script).toContain("window.location.href = '/docs/new'");
  const hash = sha256Source(script ?? '', 'latin1');
  expect(readFileSync(join(outDir, '_headers'), 'utf8')).toContain(hash);
  expect(readFileSync(join(outDir, '_nginx.conf'), 'utf8')).toContain(hash);
  expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain('/docs/old /docs/new 301');
});
