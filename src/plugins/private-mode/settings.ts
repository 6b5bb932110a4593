// The private mode's settings, read from the build's environment and checked
// before anything is built: a wrong one stops the build with one line naming
// the variable (design/private-handbook.md).
import { isAbsolute } from 'node:path';

/** The address a fork or preview gets when SITE_URL is not set: public, so a private build must not use it. */
const DEFAULT_SITE_HOST = 'handbook.example.com';

/** The path mod_auth_openidc answers the provider's redirect on; it is no page of the site. */
const DEFAULT_OIDC_CALLBACK_PATH = '/oidc/callback';

export type OidcSettings = {
  /** The provider's issuer; its metadata is at issuer + /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  /** Absolute URL on the site's own host. */
  redirectUri: string;
  /** Readers allowed in: an e-mail domain, or a claim and the value it must hold. */
  allow: { emailDomain: string } | { claim: string; value: string };
  /** Longest a session lasts, in seconds. */
  sessionSeconds: number;
  /** How long a session may sit unused before the reader signs in again, in seconds. */
  idleSeconds: number;
};

export type PrivateSettings = {
  siteUrl: string;
  /** An htpasswd file on the nginx server: `auth_basic` in _nginx.conf. */
  basicAuthFile?: string;
  /** Where oauth2-proxy listens: an `auth_request` gate in _nginx.conf. */
  oauth2ProxyUrl?: string;
  /** Set when the OIDC variables are: _apache-oidc.conf is written. */
  oidc?: OidcSettings;
};

type Env = Record<string, string | undefined>;

class PrivateModeSettingsError extends Error {}

function fail(variable: string, problem: string): never {
  throw new PrivateModeSettingsError(`${variable}: ${problem}`);
}

function httpUrl(variable: string, value: string, how: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(variable, `"${value}" is not an absolute URL; ${how}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(variable, `"${value}" is not http(s); ${how}`);
  return url;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for HANDBOOK_PRIVATE=1; unset or 0 is a public build, anything else an error. */
function isPrivateBuild(env: Env = process.env): boolean {
  const value = (env.HANDBOOK_PRIVATE ?? '').trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  return fail('HANDBOOK_PRIVATE', `"${value}" is neither 1 nor 0; set HANDBOOK_PRIVATE=1 for a private build`);
}

const OIDC_VARIABLES = [
  'HANDBOOK_OIDC_ISSUER',
  'HANDBOOK_OIDC_CLIENT_ID',
  'HANDBOOK_OIDC_REDIRECT_URI',
  'HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN',
  'HANDBOOK_OIDC_REQUIRE_CLAIM',
  'HANDBOOK_OIDC_SESSION_SECONDS',
  'HANDBOOK_OIDC_IDLE_SECONDS',
];
const GATE_VARIABLES = ['HANDBOOK_BASIC_AUTH_FILE', 'HANDBOOK_OAUTH2_PROXY_URL', ...OIDC_VARIABLES];

function readOidc(env: Env, site: URL): OidcSettings | undefined {
  if (!OIDC_VARIABLES.some((name) => env[name])) return undefined;
  const required = (name: string, how: string): string => env[name]?.trim() || fail(name, `not set; ${how}`);

  const issuerValue = required('HANDBOOK_OIDC_ISSUER', "set it to the provider's issuer URL");
  const issuer = httpUrl('HANDBOOK_OIDC_ISSUER', issuerValue, "set it to the provider's issuer URL");
  // Tokens and the client secret cross this connection: plain http only to a provider on the same machine.
  if (issuer.protocol === 'http:' && !LOOPBACK_HOSTS.has(issuer.hostname)) {
    fail('HANDBOOK_OIDC_ISSUER', `"${issuerValue}" is not https; only a loopback provider may use http`);
  }
  const clientId = required('HANDBOOK_OIDC_CLIENT_ID', 'set it to the client id the provider gave this site');

  const redirectValue = env.HANDBOOK_OIDC_REDIRECT_URI?.trim() || `${site.origin}${DEFAULT_OIDC_CALLBACK_PATH}`;
  const redirect = httpUrl(
    'HANDBOOK_OIDC_REDIRECT_URI',
    redirectValue,
    `use ${site.origin}${DEFAULT_OIDC_CALLBACK_PATH}`,
  );
  if (redirect.origin !== site.origin) {
    fail(
      'HANDBOOK_OIDC_REDIRECT_URI',
      `"${redirectValue}" is on ${redirect.origin}, not on the site (${site.origin}); the provider would send the sign-in code to another host`,
    );
  }
  if (redirect.pathname === '/' || /\.[a-z0-9]+$/i.test(redirect.pathname)) {
    fail(
      'HANDBOOK_OIDC_REDIRECT_URI',
      `"${redirectValue}" looks like a page or file; use a path of its own such as ${DEFAULT_OIDC_CALLBACK_PATH}`,
    );
  }

  const domain = env.HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN?.trim();
  const claimRule = env.HANDBOOK_OIDC_REQUIRE_CLAIM?.trim();
  let allow: OidcSettings['allow'];
  if (domain && claimRule) {
    fail('HANDBOOK_OIDC_REQUIRE_CLAIM', 'set together with HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN; set only one of them');
  } else if (domain) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) {
      fail('HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN', `"${domain}" is not a domain name such as example.com`);
    }
    allow = { emailDomain: domain.toLowerCase() };
  } else if (claimRule) {
    const [, claim, value] = /^([A-Za-z0-9_.-]+):([^\s"]+)$/.exec(claimRule) ?? [];
    if (claim === undefined || value === undefined) {
      fail('HANDBOOK_OIDC_REQUIRE_CLAIM', `"${claimRule}" is not claim:value, e.g. groups:handbook-readers`);
    }
    allow = { claim, value };
  } else {
    fail(
      'HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN',
      'not set, nor HANDBOOK_OIDC_REQUIRE_CLAIM; set one, or every account the provider knows could read the handbook',
    );
  }

  const seconds = (name: string, fallback: string): number => {
    const value = env[name]?.trim() || fallback;
    if (!/^[1-9][0-9]*$/.test(value)) fail(name, `"${value}" is not a whole number of seconds`);
    return Number(value);
  };
  return {
    issuer: issuerValue.replace(/\/+$/, ''),
    clientId,
    redirectUri: redirect.href,
    allow,
    sessionSeconds: seconds('HANDBOOK_OIDC_SESSION_SECONDS', '28800'),
    idleSeconds: seconds('HANDBOOK_OIDC_IDLE_SECONDS', '3600'),
  };
}

/**
 * The private build's settings, or undefined for a public build. A gate
 * variable on a public build is an error too: the gate would front a site
 * that asks to be indexed and cached by anyone.
 */
export function readPrivateSettings(env: Env = process.env): PrivateSettings | undefined {
  if (!isPrivateBuild(env)) {
    const stray = GATE_VARIABLES.find((name) => env[name]);
    if (stray) fail(stray, 'set on a public build; add HANDBOOK_PRIVATE=1 or unset it');
    return undefined;
  }
  const siteValue = env.SITE_URL?.trim() || fail('SITE_URL', 'not set; a private build needs its own internal address');
  const site = httpUrl('SITE_URL', siteValue, 'set it to the internal address, e.g. https://handbook.corp.example');
  if (site.hostname === DEFAULT_SITE_HOST)
    fail('SITE_URL', `"${siteValue}" is the public example address; set the internal one`);
  if (!env.HANDBOOK_REPO_URL?.trim()) {
    fail('HANDBOOK_REPO_URL', 'not set; edit links and feedback would send readers to the public repository');
  }
  const basicAuthFile = env.HANDBOOK_BASIC_AUTH_FILE?.trim() || undefined;
  if (basicAuthFile !== undefined && (!isAbsolute(basicAuthFile) || /[\s;"'{}]/.test(basicAuthFile))) {
    fail('HANDBOOK_BASIC_AUTH_FILE', `"${basicAuthFile}" is not an absolute path without spaces or quotes`);
  }
  const proxyValue = env.HANDBOOK_OAUTH2_PROXY_URL?.trim() || undefined;
  if (proxyValue !== undefined) {
    const proxy = httpUrl(
      'HANDBOOK_OAUTH2_PROXY_URL',
      proxyValue,
      'set it to where oauth2-proxy listens, e.g. http://127.0.0.1:4180',
    );
    if (proxy.pathname !== '/' || proxy.search)
      fail('HANDBOOK_OAUTH2_PROXY_URL', `"${proxyValue}" has a path; give only scheme, host and port`);
  }
  return {
    siteUrl: site.origin + site.pathname.replace(/\/+$/, ''),
    basicAuthFile,
    oauth2ProxyUrl: proxyValue?.replace(/\/+$/, ''),
    oidc: readOidc(env, site),
  };
}
