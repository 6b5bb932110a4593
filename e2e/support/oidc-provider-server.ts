// A real OpenID Connect provider for the private-handbook browser test
// (oidc-provider, a certified OP), run as its own process so the test can
// stop it by PID. Its sign-in page knows the accounts in TEST_ACCOUNTS and
// nothing else; it prints one JSON line when it listens.
//
// Run by e2e/support/oidc-provider.ts with OIDC_SETTINGS set to a JSON object.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';

import { TEST_ACCOUNTS, type OidcProviderSettings } from './oidc-accounts.ts';

const settings = JSON.parse(process.env.OIDC_SETTINGS ?? '{}') as OidcProviderSettings;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

const configuration: Configuration = {
  clients: [
    {
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      redirect_uris: [settings.redirectUri],
      post_logout_redirect_uris: [settings.postLogoutRedirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  async findAccount(_ctx, id) {
    const account = TEST_ACCOUNTS.find((candidate) => candidate.email === id);
    if (!account) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: account.name, groups: account.groups }),
    };
  },
  cookies: { keys: ['test-only-cookie-key-not-a-secret'] },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page(
          'Sign out',
          `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
        );
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('Signed out', '<p>You are signed out.</p>');
      },
    },
  },
};

const provider = new Provider(settings.issuer, configuration);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

function loginForm(uid: string, problem = ''): string {
  return page(
    'Sign in',
    `${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>E-mail <input name="email" type="email" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>`,
  );
}

/** The provider's interaction pages: sign-in with a test account, and consent granted at once. */
async function interaction(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params } = details;
  if (req.method === 'POST' && path.endsWith('/login')) {
    const form = await readForm(req);
    const account = TEST_ACCOUNTS.find(
      (candidate) => candidate.email === form.get('email') && candidate.password === form.get('password'),
    );
    if (!account) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(loginForm(uid, 'Wrong e-mail or password.'));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.email } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginForm(uid));
    return;
  }
  // The handbook is the company's own client: its readers are not asked to consent.
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session?.accountId ?? '', clientId: String(params.client_id) });
  if (!grant) throw new Error('interaction: the grant is gone');
  grant.addOIDCScope(String(params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const callback = provider.callback();
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', settings.issuer).pathname;
  if (path.startsWith('/interaction/')) {
    interaction(req, res, path).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
    return;
  }
  void callback(req, res);
});
server.listen(Number(new URL(settings.issuer).port), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ listening: settings.issuer })}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
