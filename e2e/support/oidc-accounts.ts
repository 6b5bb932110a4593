// The accounts the test provider knows (e2e/support/oidc-provider-server.ts):
// a colleague in the allowed e-mail domain, and someone from another company.
export const ALLOWED_DOMAIN = 'example.com';

export const TEST_ACCOUNTS = [
  { email: 'reader@example.com', password: 'reader-test-password', name: 'Rea Der', groups: ['handbook-readers'] },
  { email: 'visitor@elsewhere.example', password: 'visitor-test-password', name: 'Vis Itor', groups: ['contractors'] },
] as const;

export type OidcProviderSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
};
