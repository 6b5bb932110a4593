import { describe, expect, test } from 'vitest';

import { headersFile, nginxConfig, responseHeaders } from '../../security-headers/policy.ts';
import { APACHE_OIDC_FILE, PRIVATE_ROBOTS_TXT, privateServerOptions } from '../index.ts';
import { apacheOidcConfig } from '../server-configs.ts';
import { readPrivateSettings, type OidcSettings } from '../settings.ts';

/** The sign-in settings a private build reads from these variables (settings.test.ts checks the reading). */
const OIDC: OidcSettings = (() => {
  const oidc = readPrivateSettings({
    HANDBOOK_PRIVATE: '1',
    SITE_URL: 'https://handbook.corp.example',
    HANDBOOK_REPO_URL: 'https://git.corp.example/handbook',
    HANDBOOK_OIDC_ISSUER: 'https://login.corp.example',
    HANDBOOK_OIDC_CLIENT_ID: 'handbook',
    HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: 'corp.example',
  })?.oidc;
  if (!oidc) throw new Error('the OIDC variables above no longer give a private build with OIDC');
  return oidc;
})();
const POLICY = {
  scriptHashes: ["'sha256-abc='"],
  extraHeaders: [['X-Robots-Tag', 'noindex, nofollow']] as const,
  cacheScope: 'private' as const,
};

describe('apacheOidcConfig', () => {
  const config = apacheOidcConfig(
    { root: '/srv/handbook', siteUrl: 'https://handbook.corp.example', oidc: OIDC },
    POLICY,
  );

  test('sets every header of the shared policy, on every response', () => {
    for (const [name, value] of responseHeaders(POLICY)) {
      expect(config).toContain(`    Header always set ${name} "${value}"\n`);
    }
    expect(config).toContain('Header always set Cache-Control "private, max-age=0, must-revalidate"');
  });

  test('gates every URL on the allowed e-mail domain, as a regular expression on the email claim', () => {
    expect(config).toMatch(
      /<Location \/>\n\s+AuthType openid-connect\n\s+Require claim "email~\^\[\^@\]\+@corp\\\.example\$"\n/,
    );
    expect(config).toContain('OIDCProviderMetadataURL https://login.corp.example/.well-known/openid-configuration');
    expect(config).toContain('OIDCRedirectURI https://handbook.corp.example/oidc/callback');
    expect(config).toContain('OIDCSessionMaxDuration 28800');
    expect(config).toContain('OIDCSessionInactivityTimeout 3600');
  });

  test('a group claim is an exact match', () => {
    const groups = apacheOidcConfig(
      {
        root: '/srv/handbook',
        siteUrl: 'https://handbook.corp.example',
        oidc: { ...OIDC, allow: { claim: 'groups', value: 'handbook-readers' } },
      },
      POLICY,
    );
    expect(groups).toContain('Require claim "groups:handbook-readers"');
  });

  test('the secrets are Apache variables, never values, and each has a check naming it', () => {
    expect(config).toContain('OIDCClientSecret "${HANDBOOK_OIDC_CLIENT_SECRET}"');
    expect(config).toContain('OIDCCryptoPassphrase "${HANDBOOK_OIDC_CRYPTO_PASSPHRASE}"');
    expect(config).toMatch(
      /<IfDefine !HANDBOOK_OIDC_CLIENT_SECRET>\n\s+Error "HANDBOOK_OIDC_CLIENT_SECRET: not defined; /,
    );
  });
});

function settingsFor(env: Record<string, string>) {
  const settings = readPrivateSettings(env);
  if (!settings) throw new Error('expected a private build');
  return settings;
}

describe('privateServerOptions', () => {
  const env = {
    HANDBOOK_PRIVATE: '1',
    SITE_URL: 'https://handbook.corp.example',
    HANDBOOK_REPO_URL: 'https://git.corp.example/handbook',
    HANDBOOK_BASIC_AUTH_FILE: '/etc/nginx/handbook.htpasswd',
  };

  test('basic auth goes into the nginx server block; no Apache file without the OIDC settings', () => {
    const options = privateServerOptions(settingsFor(env), '/srv/handbook');
    expect(options.deploymentFiles).toEqual([]);
    const nginx = nginxConfig({
      ...POLICY,
      root: '/srv/handbook',
      listen: '80',
      accessLines: options.nginxAccessLines,
    });
    expect(nginx).toContain(
      '    auth_basic "Engineering Culture Handbook";\n    auth_basic_user_file /etc/nginx/handbook.htpasswd;\n',
    );
    expect(nginx).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
    expect(nginx).toContain('"private, max-age=31536000, immutable"');
  });

  test('with the OIDC settings the Apache file is written from the same policy', () => {
    const options = privateServerOptions(
      settingsFor({
        ...env,
        HANDBOOK_OIDC_ISSUER: 'https://login.corp.example',
        HANDBOOK_OIDC_CLIENT_ID: 'handbook',
        HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: 'corp.example',
      }),
      '/srv/handbook',
    );
    expect(options.deploymentFiles?.map((file) => file.name)).toEqual([APACHE_OIDC_FILE]);
    expect(options.deploymentFiles?.[0]?.render(POLICY)).toContain('DocumentRoot "/srv/handbook"');
  });

  test('a private _headers file says private for every path', () => {
    const file = headersFile(POLICY);
    expect(file).toContain('/*\n');
    expect(file).toContain('  X-Robots-Tag: noindex, nofollow\n');
    expect(file).toContain('  Cache-Control: private, max-age=0, must-revalidate\n');
    expect(file).toContain('/assets/*\n  Cache-Control: private, max-age=31536000, immutable\n');
  });

  test('robots.txt disallows every path for every crawler', () => {
    expect(PRIVATE_ROBOTS_TXT).toBe('User-agent: *\nDisallow: /\n');
  });
});
