import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration, JWK, KoaContextWithOIDC } from 'oidc-provider';
import { DevAccounts } from './accounts';
import { handleInteraction } from './interactions';
import { errorPage, loggedOutPage, logoutPage } from './pages';

/** The panel's client at the dev provider: public (no secret), so PKCE is what binds the code. */
export const DEV_CLIENT_ID = 'personnel-panel';
/** The API as a resource server (RFC 8707): the `aud` of the access tokens the provider issues for it. */
export const DEV_AUDIENCE = 'urn:personnel:api';
/** The resource scope the panel asks for beside the OpenID ones. */
export const DEV_API_SCOPE = 'personnel';

export interface DevOidcProviderOptions {
  /** 0 (default) for a free port. */
  port?: number;
  host?: string;
  /** Where the panel runs (e.g. http://127.0.0.1:3000): its /auth/callback and / are registered. */
  panelOrigins: string[];
  /** The API's OpenID back-channel logout endpoint, told when a session ends or an account is disabled. */
  backchannelLogoutUri?: string;
  accessTokenTtlSeconds?: number;
  accounts?: DevAccounts;
  /** Where a failed back-channel logout is told (default console.error). */
  onError?: (message: string) => void;
}

export interface DevOidcProvider {
  issuer: string;
  clientId: string;
  audience: string;
  accounts: DevAccounts;
  /** Signs with a new key from now on; the previous key stays published so tokens it signed still verify. */
  rotateKeys(): Promise<string>;
  /** The key id new tokens are signed with. */
  currentKid(): string;
  /** Refuses the account's next sign-in and tells the API (back-channel logout) its sessions are over. */
  disableAccount(username: string): Promise<void>;
  enableAccount(username: string): void;
  close(): Promise<void>;
}

function newSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

async function importProvider(): Promise<typeof import('oidc-provider')> {
  // oidc-provider is an ES module; Node ≥ 20.19 loads it with require(esm), jest through its transform.
  return import('oidc-provider');
}

/**
 * A certified OpenID provider (panva's oidc-provider) set up like a province's IdP for the demo users:
 * authorization code + PKCE for the panel (a public client), JWT access tokens for the API's resource
 * indicator carrying `roles` and `unit`, RP-initiated and back-channel logout, keys that rotate on demand.
 * For `npm start -- --oidc` and the tests only: accounts and sessions live in memory.
 */
export async function startDevOidcProvider(options: DevOidcProviderOptions): Promise<DevOidcProvider> {
  const { Provider, errors } = await importProvider();
  const accounts = options.accounts ?? new DevAccounts();
  const host = options.host ?? '127.0.0.1';
  const ttl = options.accessTokenTtlSeconds ?? 600;
  const cookieKeys = [randomBytes(32).toString('hex')];
  let keys: JWK[] = [newSigningKey()];

  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;

  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_name: 'Hệ thống công tác cán bộ',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.panelOrigins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: options.panelOrigins.map((o) => `${o}/login`),
        ...(options.backchannelLogoutUri ? { backchannel_logout_uri: options.backchannelLogoutUri } : {}),
      },
    ],
    jwks: { keys },
    cookies: { keys: cookieKeys },
    // oidc-provider refuses outgoing requests to special-use addresses (SSRF protection); the dev
    // provider's only one is the back-channel logout to the API on this machine, so loopback may pass.
    fetch: (url, init) => {
      const { hostname } = new URL(url instanceof Request ? url.url : url);
      const loopback = hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
      if (!loopback) return fetch(url, init);
      const { dispatcher: _protected, ...rest } = init as RequestInit & { dispatcher?: unknown };
      return fetch(url, rest);
    },
    findAccount: (_ctx, id) => {
      const claims = accounts.claims(id);
      return claims ? { accountId: id, claims: () => claims } : undefined;
    },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles', 'unit'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: {
      AccessToken: ttl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    // The API's roles and scope travel in its access token, as a province IdP's claim mappers put them.
    extraTokenClaims: (_ctx, token) => {
      const accountId = 'accountId' in token ? token.accountId : undefined;
      const claims = accountId ? accounts.claims(accountId) : undefined;
      if (!claims) return undefined;
      const { sub: _sub, ...rest } = claims;
      return rest;
    },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEV_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== DEV_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: DEV_API_SCOPE,
            audience: DEV_AUDIENCE,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(
        String(out.error),
        out.error_description ? String(out.error_description) : undefined,
      );
    },
  });

  // A new instance per key set: keys are fixed at construction; sessions and grants live in
  // oidc-provider's module-wide memory store, so they survive the swap.
  const build = () => {
    const instance = new Provider(issuer, configuration());
    // A logout the API did not hear of would leave its tokens good: say so where the developer looks.
    instance.on('backchannel.error', (_ctx, error: Error, client: { clientId: string }) =>
      (options.onError ?? console.error)(
        `dev OpenID provider: back-channel logout to ${client.clientId} failed: ${error.message}`,
      ),
    );
    return instance;
  };
  let provider = build();
  let callback = provider.callback();

  const control = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    // Loopback dev controls for a manual demo of rotation and disabling (npm start -- --oidc).
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (req.method !== 'POST' || !path.startsWith('/dev/')) return false;
    const account = /^\/dev\/accounts\/([\w-]+)\/(disable|enable)$/.exec(path);
    let answer: unknown;
    if (path === '/dev/rotate-keys') answer = { kid: await api.rotateKeys() };
    else if (account && accounts.has(account[1])) {
      if (account[2] === 'disable') await api.disableAccount(account[1]);
      else api.enableAccount(account[1]);
      answer = { username: account[1], active: account[2] === 'enable' };
    } else return false;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
    return true;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const current = provider;
    void (async () => {
      try {
        if (await control(req, res)) return;
        if (await handleInteraction(current, accounts, req, res)) return;
        await callback(req, res);
      } catch (error) {
        if (!res.headersSent) {
          res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
          res.end(errorPage((error as Error).message));
        }
      }
    })();
  });

  const api: DevOidcProvider = {
    issuer,
    clientId: DEV_CLIENT_ID,
    audience: DEV_AUDIENCE,
    accounts,
    currentKid: () => String(keys[0].kid),
    rotateKeys: () => {
      keys = [newSigningKey(), keys[0]];
      provider = build();
      callback = provider.callback();
      return Promise.resolve(String(keys[0].kid));
    },
    disableAccount: async (username) => {
      accounts.disable(username);
      if (!options.backchannelLogoutUri) return;
      const client = (await provider.Client.find(DEV_CLIENT_ID)) as unknown as {
        backchannelLogout(sub: string, sid: string): Promise<void>;
      };
      // The logout token names the account (sub), not one session: every token of it ends.
      await client.backchannelLogout(username, randomUUID());
    },
    enableAccount: (username) => accounts.enable(username),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}
