import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { PRIVATE_ROBOTS_TXT, privateServerOptions } from '../src/plugins/private-mode/index.ts';
import { OAUTH2_PROXY_VERSION } from '../src/plugins/private-mode/server-configs.ts';
import { readPrivateSettings } from '../src/plugins/private-mode/settings.ts';
import { nginxConfig } from '../src/plugins/security-headers/policy.ts';
import { launchBrowser, pathsInSitemap, type Browser } from './browser.ts';
import {
  checkApacheConfig,
  prepareApache,
  startApache,
  type ApacheSetup,
  type RunningApache,
} from './support/apache.ts';
import { walkPages } from './support/csp.ts';
import { checkNginxConfig, freePort, startNginx, type RunningNginx } from './support/nginx.ts';
import { ALLOWED_DOMAIN, TEST_ACCOUNTS } from './support/oidc-accounts.ts';
import { startOidcProvider, type RunningProvider } from './support/oidc-provider.ts';
import { buildVariant } from './support/variant-build.ts';

// A private build (HANDBOOK_PRIVATE=1), built once into a temp folder, then:
// its files walked for anything that would let it be indexed or point to a
// public host; served by nginx with basic auth; and served by Apache httpd
// with mod_auth_openidc in front of a real OpenID Connect provider
// (oidc-provider), driven in Chromium as a reader signs in.
// Try: npx vitest run --config e2e/vitest.config.mts e2e/private-sso
const BUILD_MINUTES = 10;
/** Idle lifetime of a session: short, so the expiry test waits little, yet longer than any pause between page loads. */
const IDLE_SECONDS = 20;
const CLIENT_ID = 'handbook-test';
const CLIENT_SECRET = 'test-client-secret-7c1e9a';
const PASSPHRASE = 'test-session-passphrase-0b5d8f2e6a4c91d3';
const BASIC_USER = 'colleague';
const BASIC_PASSWORD = 'basic-test-password';
const [READER, VISITOR] = TEST_ACCOUNTS;

let work: string;
let outDir: string;
let siteUrl: string;
let issuer: string;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** One of each kind of URL the gate must cover, the 404 last. */
function urlKinds(): [string, string][] {
  const searchFile = allFiles(join(outDir, 'search-index')).find((file) => file.endsWith('.json'));
  return [
    ['page', '/docs/start-here'],
    [
      'search index',
      `/${relative(outDir, searchFile ?? '')
        .split('\\')
        .join('/')}`,
    ],
    ['feed', '/blog/rss.xml'],
    ['sitemap', '/sitemap.xml'],
    ['Markdown copy', '/docs/start-here.md'],
    ['llms.txt', '/llms.txt'],
    ['404 page', '/docs/no-such-page'],
  ];
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'handbook-private-'));
  outDir = join(work, 'build');
  const sitePort = await freePort();
  siteUrl = `http://127.0.0.1:${sitePort}`;
  // The provider on another host name as well as another port: browsers keep cookies per host, not per port.
  issuer = `http://localhost:${await freePort()}`;
  const hash = spawnSync('openssl', ['passwd', '-apr1', BASIC_PASSWORD], { encoding: 'utf8' });
  if (hash.status !== 0) throw new Error(`openssl passwd failed: ${hash.stderr}`);
  writeFileSync(join(work, 'htpasswd'), `${BASIC_USER}:${hash.stdout.trim()}\n`);
  await buildVariant({
    name: 'private',
    outDir,
    env: {
      HANDBOOK_PRIVATE: '1',
      SITE_URL: siteUrl,
      HANDBOOK_REPO_URL: 'https://git.corp.example/handbook',
      HANDBOOK_BASIC_AUTH_FILE: join(work, 'htpasswd'),
      HANDBOOK_OIDC_ISSUER: issuer,
      HANDBOOK_OIDC_CLIENT_ID: CLIENT_ID,
      HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: ALLOWED_DOMAIN,
      HANDBOOK_OIDC_IDLE_SECONDS: String(IDLE_SECONDS),
      // Set where a careless build could read them: they must not reach build/.
      HANDBOOK_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      HANDBOOK_OIDC_CRYPTO_PASSPHRASE: PASSPHRASE,
    },
    minutes: BUILD_MINUTES,
  });
  // nginx's workers and Apache run as nobody: they must read the site and the password file.
  chmodSync(work, 0o755);
  chmodSync(join(work, 'htpasswd'), 0o644);
}, BUILD_MINUTES * 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a private build', () => {
  const textFiles = () =>
    allFiles(outDir).filter((file) => /\.(html|xml|json|txt|md|conf|js|css|svg)$|_headers$|_redirects$/.test(file));

  test('every HTML file asks robots to stay out, and robots.txt disallows everything', () => {
    const pages = allFiles(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const without = pages.filter(
      (file) => !/<meta name="?robots"? content="noindex, nofollow"/.test(readFileSync(file, 'utf8')),
    );
    expect(without.map((file) => relative(outDir, file))).toEqual([]);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(PRIVATE_ROBOTS_TXT);
  });

  test('no file names the public example host or the public repository, and none holds a secret', () => {
    const needles = ['handbook.example.com', 'github.com/perf-eng', CLIENT_SECRET, PASSPHRASE];
    const leaks = textFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return needles.filter((needle) => text.includes(needle)).map((needle) => `${relative(outDir, file)}: ${needle}`);
    });
    expect(leaks).toEqual([]);
  });

  test('the sitemap and the feeds are there, and every address in them is on the private host', () => {
    const documents = ['sitemap.xml', 'blog/rss.xml', 'blog/atom.xml', 'blog/feed.json'];
    const ownLinks: string[] = [];
    for (const document of documents) {
      const text = readFileSync(join(outDir, document), 'utf8');
      // The site's own addresses: sitemap <loc>, feed <link>/<id>/href and JSON Feed urls.
      const links = [
        ...text.matchAll(
          /<(?:loc|link|id)>([^<]+)<\/|<link[^>]* href="([^"]+)"|"(?:url|home_page_url|feed_url|id)":\s*"([^"]+)"/g,
        ),
      ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
      expect(links.length, document).toBeGreaterThan(0);
      ownLinks.push(...links.filter((link) => /^https?:/.test(link)));
    }
    expect(ownLinks.filter((link) => !link.startsWith(siteUrl))).toEqual([]);
  });

  test('no page loads anything from another host', () => {
    const loads =
      /<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="?(https?:[^"\s>]+)|<link\b(?![^>]*rel="?(?:canonical|alternate)\b)[^>]*\shref="?(https?:[^"\s>]+)/g;
    const foreign: string[] = [];
    for (const file of allFiles(outDir).filter((name) => name.endsWith('.html'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(loads)) {
        const url = match[1] ?? match[2] ?? '';
        if (!url.startsWith(siteUrl)) foreign.push(`${relative(outDir, file)}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  test('every server config sends the same headers, X-Robots-Tag and private caching among them', () => {
    const headersFile = readFileSync(join(outDir, '_headers'), 'utf8');
    const nginx = readFileSync(join(outDir, '_nginx.conf'), 'utf8');
    const apache = readFileSync(join(outDir, '_apache-oidc.conf'), 'utf8');
    const everyResponse = headersFile.split('\n\n')[0] ?? '';
    const headers = [...everyResponse.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((match) => [match[1], match[2]]);
    expect(headers).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
    expect(headers).toContainEqual(['Cache-Control', 'private, max-age=0, must-revalidate']);
    for (const [name, value] of headers) {
      if (name === 'Cache-Control') continue;
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(apache).toContain(`Header always set ${name} "${value}"`);
    }
    expect(nginx).toContain('"private, max-age=31536000, immutable"');
    expect(apache).toContain('Header always set Cache-Control "private, max-age=31536000, immutable"');
    expect(nginx).not.toContain('public,');
    expect(apache).not.toContain('public,');
  });
});

/** A GET as a script without a browser's fetch metadata sends it; redirects are not followed. */
function plainGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string; body: string }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, location: response.headers.location ?? '', body }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('nginx with basic auth (HANDBOOK_BASIC_AUTH_FILE)', () => {
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(outDir);
  });
  afterAll(() => nginx?.stop());

  test('every kind of URL answers 401 without credentials or with a wrong password, and is served with them', async () => {
    const good = `Basic ${Buffer.from(`${BASIC_USER}:${BASIC_PASSWORD}`).toString('base64')}`;
    const bad = `Basic ${Buffer.from(`${BASIC_USER}:not-the-password`).toString('base64')}`;
    for (const [kind, path] of urlKinds()) {
      const anonymous = await fetch(`${nginx.url}${path}`);
      expect(anonymous.status, kind).toBe(401);
      expect(anonymous.headers.get('www-authenticate'), kind).toBe('Basic realm="Engineering Culture Handbook"');
      expect(anonymous.headers.get('x-robots-tag'), kind).toBe('noindex, nofollow');
      expect((await fetch(`${nginx.url}${path}`, { headers: { Authorization: bad } })).status, kind).toBe(401);
      const signedIn = await fetch(`${nginx.url}${path}`, { headers: { Authorization: good } });
      expect(signedIn.status, kind).toBe(kind === '404 page' ? 404 : 200);
      expect(signedIn.headers.get('x-robots-tag'), kind).toBe('noindex, nofollow');
      expect(signedIn.headers.get('cache-control'), kind).toMatch(/^private, /);
      const body = await signedIn.text();
      if (kind === '404 page') expect(body).toContain('Page Not Found');
      else expect(body.length, kind).toBeGreaterThan(0);
    }
  });
});

describe(`nginx with oauth2-proxy ${OAUTH2_PROXY_VERSION} (HANDBOOK_OAUTH2_PROXY_URL)`, () => {
  // Debian has no oauth2-proxy package and nothing but the npm registry and
  // Debian are reachable here, so its binary cannot run in this test: nginx
  // checks the generated gate instead (design/private-handbook.md).
  test('the auth_request gate is a server block nginx -t accepts', () => {
    const settings = readPrivateSettings({
      HANDBOOK_PRIVATE: '1',
      SITE_URL: 'https://handbook.corp.example',
      HANDBOOK_REPO_URL: 'https://git.corp.example/handbook',
      HANDBOOK_OAUTH2_PROXY_URL: 'http://127.0.0.1:4180',
    });
    if (!settings) throw new Error('no private settings');
    const { nginxAccessLines, nginxLocations, extraHeaders, cacheScope } = privateServerOptions(settings, outDir);
    const site = nginxConfig({
      scriptHashes: [],
      root: outDir,
      listen: '127.0.0.1:8080',
      accessLines: nginxAccessLines,
      locations: nginxLocations,
      extraHeaders,
      cacheScope,
    });
    expect(site).toContain('    auth_request /oauth2/auth;');
    expect(site).toContain('    location = /oauth2/auth {');
    expect(checkNginxConfig(site)).toEqual({ status: 0, output: expect.stringContaining('test is successful') });
  });
});

describe('Apache httpd with mod_auth_openidc in front of an OpenID Connect provider', () => {
  let provider: RunningProvider | undefined;
  let apache: RunningApache | undefined;
  let setup: ApacheSetup | undefined;
  let browser: Browser | undefined;
  const secrets = { HANDBOOK_OIDC_CLIENT_SECRET: CLIENT_SECRET, HANDBOOK_OIDC_CRYPTO_PASSPHRASE: PASSPHRASE };

  beforeAll(async () => {
    provider = await startOidcProvider({
      issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: `${siteUrl}/oidc/callback`,
      postLogoutRedirectUri: `${siteUrl}/`,
    });
    setup = prepareApache(outDir, Number(new URL(siteUrl).port), secrets);
    apache = await startApache(setup);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await apache?.stop();
    await provider?.stop();
    setup?.remove();
  });

  const context = () => {
    if (!browser) throw new Error('no browser');
    return browser.context;
  };

  /** True when the page shown is the provider's sign-in form. */
  async function onSignInPage(page: Page): Promise<boolean> {
    return (
      page.url().startsWith(`${issuer}/interaction/`) &&
      (await page.getByRole('heading', { name: 'Sign in' }).count()) === 1
    );
  }

  async function signIn(page: Page, account: { email: string; password: string }) {
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await Promise.all([
      page.waitForURL((url) => url.origin === siteUrl),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
  }

  test('apache2 -t accepts the generated file, and names a missing secret in one line', () => {
    if (!setup) throw new Error('Apache was not set up');
    expect(checkApacheConfig(setup)).toEqual({ status: 0, output: 'Syntax OK' });
    const without = prepareApache(outDir, 1, { HANDBOOK_OIDC_CLIENT_SECRET: CLIENT_SECRET });
    try {
      const result = checkApacheConfig(without);
      expect(result.status).not.toBe(0);
      expect(result.output.split('\n').at(-1)).toMatch(/^HANDBOOK_OIDC_CRYPTO_PASSPHRASE: not defined; /);
    } finally {
      without.remove();
    }
  });

  test('without a session every kind of URL sends the reader to sign in', async () => {
    await context().clearCookies();
    const page = await context().newPage();
    for (const [kind, path] of urlKinds()) {
      await page.goto(`${siteUrl}${path}`);
      expect(await onSignInPage(page), `${kind}: ${page.url()}`).toBe(true);
      const answer = await plainGet(`${siteUrl}${path}`, { Accept: 'text/html' });
      expect(answer.status, kind).toBe(302);
      expect(answer.location.startsWith(`${issuer}/auth?`), kind).toBe(true);
      expect(answer.body, kind).not.toContain('Engineering Culture Handbook');
    }
    await page.close();
  });

  test('after signing in every sitemap page loads with no policy violation or foreign request, and search works', async () => {
    await context().clearCookies();
    const page = await context().newPage();
    await page.goto(`${siteUrl}/docs/start-here`);
    await signIn(page, READER);
    expect(new URL(page.url()).pathname).toBe('/docs/start-here');
    await page.close();

    // Read from the build: the served sitemap is behind the sign-in like every other file.
    const paths = pathsInSitemap(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
    expect(paths.length).toBeGreaterThan(20);
    expect(await walkPages(context(), siteUrl, paths)).toEqual([]);

    const search = await context().newPage();
    await search.goto(`${siteUrl}/docs/start-here`);
    await search.waitForSelector('html[data-has-hydrated="true"]');
    await search.getByRole('button', { name: 'Search the handbook' }).click();
    await search.getByRole('combobox', { name: 'Search the handbook' }).fill('flame graph');
    await search.getByRole('option').first().waitFor();
    expect(await search.getByRole('option').count()).toBeGreaterThan(0);
    await search.close();
  }, 240_000);

  test(`a reader outside ${ALLOWED_DOMAIN} is refused with 403`, async () => {
    await context().clearCookies();
    const page = await context().newPage();
    await page.goto(`${siteUrl}/docs/start-here`);
    const refused = page.waitForResponse((response) => response.url().startsWith(`${siteUrl}/docs/start-here`));
    await signIn(page, VISITOR);
    expect((await refused).status()).toBe(403);
    expect(await page.content()).not.toContain('Start here');
    await page.close();
  });

  test('signing out ends the session: the next page asks to sign in', async () => {
    await context().clearCookies();
    const page = await context().newPage();
    await page.goto(`${siteUrl}/docs/start-here`);
    await signIn(page, READER);
    await page.goto(`${siteUrl}/oidc/callback?logout=${encodeURIComponent(`${siteUrl}/`)}`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === issuer || url.origin === siteUrl);
    await page.goto(`${siteUrl}/docs/start-here`);
    expect(await onSignInPage(page), page.url()).toBe(true);
    await page.close();
  });

  /** The site's session cookie (mod_auth_openidc's), as the browser holds it. */
  async function sessionCookie() {
    const cookies = await context().cookies(siteUrl);
    const session = cookies.find((cookie) => cookie.name === 'mod_auth_openidc_session');
    if (!session) throw new Error(`no session cookie among ${cookies.map((cookie) => cookie.name).join(', ')}`);
    return session;
  }

  test('a tampered session cookie gets a new sign-in, never the page', async () => {
    await context().clearCookies();
    const page = await context().newPage();
    await page.goto(`${siteUrl}/docs/start-here`);
    await signIn(page, READER);
    const session = await sessionCookie();
    const middle = Math.floor(session.value.length / 2);
    const tampered = `${session.value.slice(0, middle)}${session.value[middle] === 'a' ? 'b' : 'a'}${session.value.slice(middle + 1)}`;
    const answer = await plainGet(`${siteUrl}/docs/start-here`, {
      Accept: 'text/html',
      Cookie: `${session.name}=${tampered}`,
    });
    expect(answer.status).toBe(302);
    expect(answer.location.startsWith(`${issuer}/auth?`)).toBe(true);
    expect(answer.body).not.toContain('Start here');
    // In the browser too, with the provider's own session gone: the sign-in form, not the page.
    await context().clearCookies();
    await context().addCookies([{ ...session, value: tampered }]);
    await page.goto(`${siteUrl}/docs/start-here`);
    expect(await onSignInPage(page), page.url()).toBe(true);
    await page.close();
  });

  test(
    'an expired session sends the reader to sign in again, and back to the address they asked for',
    async () => {
      await context().clearCookies();
      const page = await context().newPage();
      await page.goto(`${siteUrl}/docs/start-here`);
      await signIn(page, READER);
      const session = await sessionCookie();
      expect(
        (await plainGet(`${siteUrl}/docs/start-here`, { Cookie: `${session.name}=${session.value}` })).status,
      ).toBe(200);
      await new Promise((done) => setTimeout(done, (IDLE_SECONDS + 3) * 1000));
      const answer = await plainGet(`${siteUrl}/docs/start-here`, {
        Accept: 'text/html',
        Cookie: `${session.name}=${session.value}`,
      });
      expect(answer.status).toBe(302);
      expect(answer.location.startsWith(`${issuer}/auth?`)).toBe(true);
      // The provider's own session has ended too (as a company sign-in's does), so the form shows.
      await context().clearCookies({ domain: 'localhost' });
      const asked = `${siteUrl}/docs/start-here?from=expired`;
      await page.goto(asked);
      expect(await onSignInPage(page), page.url()).toBe(true);
      await signIn(page, READER);
      expect(page.url()).toBe(asked);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.close();
    },
    60_000 + IDLE_SECONDS * 1000,
  );
});
