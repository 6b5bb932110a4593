import { describe, expect, test } from 'vitest';

import { readPrivateSettings } from '../settings.ts';

const PRIVATE = {
  HANDBOOK_PRIVATE: '1',
  SITE_URL: 'https://handbook.corp.example',
  HANDBOOK_REPO_URL: 'https://git.corp.example/handbook',
};
const OIDC = {
  ...PRIVATE,
  HANDBOOK_OIDC_ISSUER: 'https://login.corp.example/',
  HANDBOOK_OIDC_CLIENT_ID: 'handbook',
  HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: 'Corp.Example',
};

describe('readPrivateSettings', () => {
  test('a public build has no settings', () => {
    expect(readPrivateSettings({})).toBeUndefined();
    expect(readPrivateSettings({ HANDBOOK_PRIVATE: '0', SITE_URL: 'https://x.example' })).toBeUndefined();
  });

  test('a private build with OIDC: the callback defaults to the site, the domain is lower-cased', () => {
    expect(readPrivateSettings(OIDC)).toEqual({
      siteUrl: 'https://handbook.corp.example',
      basicAuthFile: undefined,
      oauth2ProxyUrl: undefined,
      oidc: {
        issuer: 'https://login.corp.example',
        clientId: 'handbook',
        redirectUri: 'https://handbook.corp.example/oidc/callback',
        allow: { emailDomain: 'corp.example' },
        sessionSeconds: 28800,
        idleSeconds: 3600,
      },
    });
  });

  test('a group claim instead of a domain', () => {
    const settings = readPrivateSettings({
      ...OIDC,
      HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: undefined,
      HANDBOOK_OIDC_REQUIRE_CLAIM: 'groups:handbook-readers',
    });
    expect(settings?.oidc?.allow).toEqual({ claim: 'groups', value: 'handbook-readers' });
  });

  test.each([
    [{ HANDBOOK_PRIVATE: 'yes' }, /^HANDBOOK_PRIVATE: "yes" is neither 1 nor 0/],
    [{ HANDBOOK_BASIC_AUTH_FILE: '/etc/nginx/htpasswd' }, /^HANDBOOK_BASIC_AUTH_FILE: set on a public build/],
    [{ ...PRIVATE, SITE_URL: '' }, /^SITE_URL: not set/],
    [{ ...PRIVATE, SITE_URL: 'handbook' }, /^SITE_URL: "handbook" is not an absolute URL/],
    [{ ...PRIVATE, SITE_URL: 'https://handbook.example.com' }, /^SITE_URL: .* public example address/],
    [{ ...PRIVATE, HANDBOOK_REPO_URL: undefined }, /^HANDBOOK_REPO_URL: not set/],
    [
      { ...PRIVATE, HANDBOOK_BASIC_AUTH_FILE: 'htpasswd' },
      /^HANDBOOK_BASIC_AUTH_FILE: "htpasswd" is not an absolute path/,
    ],
    [{ ...PRIVATE, HANDBOOK_OAUTH2_PROXY_URL: 'http://127.0.0.1:4180/x' }, /^HANDBOOK_OAUTH2_PROXY_URL: .* has a path/],
    [{ ...OIDC, HANDBOOK_OIDC_ISSUER: undefined }, /^HANDBOOK_OIDC_ISSUER: not set/],
    [{ ...OIDC, HANDBOOK_OIDC_ISSUER: 'http://login.corp.example' }, /^HANDBOOK_OIDC_ISSUER: .* not https/],
    [{ ...OIDC, HANDBOOK_OIDC_CLIENT_ID: ' ' }, /^HANDBOOK_OIDC_CLIENT_ID: not set/],
    [
      { ...OIDC, HANDBOOK_OIDC_REDIRECT_URI: 'https://evil.example/oidc/callback' },
      /^HANDBOOK_OIDC_REDIRECT_URI: "https:\/\/evil.example\/oidc\/callback" is on https:\/\/evil.example, not on the site/,
    ],
    [
      { ...OIDC, HANDBOOK_OIDC_REDIRECT_URI: 'https://handbook.corp.example/docs/a.html' },
      /^HANDBOOK_OIDC_REDIRECT_URI: .* looks like a page/,
    ],
    [
      { ...OIDC, HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: '' },
      /^HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: not set, nor HANDBOOK_OIDC_REQUIRE_CLAIM/,
    ],
    [
      { ...OIDC, HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: '@corp' },
      /^HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: "@corp" is not a domain/,
    ],
    [{ ...OIDC, HANDBOOK_OIDC_REQUIRE_CLAIM: 'groups:x' }, /^HANDBOOK_OIDC_REQUIRE_CLAIM: set together with/],
    [
      { ...OIDC, HANDBOOK_OIDC_ALLOWED_EMAIL_DOMAIN: '', HANDBOOK_OIDC_REQUIRE_CLAIM: 'groups' },
      /^HANDBOOK_OIDC_REQUIRE_CLAIM: "groups" is not claim:value/,
    ],
    [{ ...OIDC, HANDBOOK_OIDC_SESSION_SECONDS: '8h' }, /^HANDBOOK_OIDC_SESSION_SECONDS: "8h" is not a whole number/],
    [{ ...OIDC, HANDBOOK_OIDC_IDLE_SECONDS: '0' }, /^HANDBOOK_OIDC_IDLE_SECONDS: "0" is not a whole number/],
    [{ ...PRIVATE, HANDBOOK_OIDC_CLIENT_ID: 'handbook' }, /^HANDBOOK_OIDC_ISSUER: not set/],
  ])('%j fails naming the variable', (env, message) => {
    expect(() => readPrivateSettings(env)).toThrow(message);
  });
});
