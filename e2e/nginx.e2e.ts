import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchBrowser, sitemapPaths, type Browser } from './browser.ts';
import { walkPages } from './support/csp.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';

// The production build behind a real nginx with the headers the build
// generated: every page works under the strict Content-Security-Policy.
// Try: npm run build && npx vitest run --config e2e/vitest.config.mts e2e/nginx
let nginx: RunningNginx;
let browser: Browser;
let paths: string[] = [];

beforeAll(async () => {
  nginx = await startNginx(process.env.BUILD_DIR ?? 'build');
  browser = await launchBrowser();
  paths = await sitemapPaths(nginx.url);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('served by nginx with the generated configuration', () => {
  test('HTML carries the security headers, compressed and revalidated', async () => {
    const response = await fetch(`${nginx.url}/docs/start-here`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  test('hashed assets are cached for a year and compressed', async () => {
    const html = await (await fetch(`${nginx.url}/`)).text();
    const script = /src="?(\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${nginx.url}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  test('a missing page is a 404 with the handbook 404 page and the same headers', async () => {
    const response = await fetch(`${nginx.url}/docs/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page Not Found');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
  });

  test('deployment files are not served', async () => {
    for (const path of ['/_headers', '/_redirects', '/_nginx.conf']) {
      expect((await fetch(`${nginx.url}${path}`)).status).toBe(404);
    }
  });

  test('every sitemap page runs without a policy violation, console error or foreign request', async () => {
    expect(paths.length).toBeGreaterThan(20);
    const failures = await walkPages(browser.context, nginx.url, paths);
    expect(failures).toEqual([]);
    // One page after another, each until the network is idle: 50-60 s for
    // the handbook's ~60 pages on a loaded 2-core host, past the default.
  }, 180_000);
});
