import * as oauth from 'oauth4webapi';
import type { AuthConfigResponse } from '@personnel/contracts';

/** The provider the API names in GET /api/v1/auth/config. */
export type ProviderConfig = NonNullable<AuthConfigResponse['oidc']>;

/** What the panel keeps between leaving for the provider and coming back (sessionStorage, this tab only). */
interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Where to go once signed in. */
  returnTo: string;
}

const PENDING_KEY = 'personnel.oidc.pending';
/** The `state` the provider hands back to the sign-in page after a logout. */
export const SIGNED_OUT_STATE = 'signed-out';

export const callbackUrl = (origin = window.location.origin) => `${origin}/auth/callback`;
export const postLogoutUrl = (origin = window.location.origin) => `${origin}/login`;

/** Plain http only to a provider on this machine (the dev provider of `npm start -- --oidc`). */
function options(issuer: string): { [oauth.allowInsecureRequests]: boolean } {
  const { protocol, hostname } = new URL(issuer);
  const loopback = hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  return { [oauth.allowInsecureRequests]: protocol === 'http:' && loopback };
}

async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, options(issuer)));
}

/**
 * Leaves for the provider's sign-in page: authorization code flow with PKCE (S256), a state against
 * forged callbacks and a nonce bound to the ID token. The panel is a public client: no secret exists.
 */
export async function startProviderSignIn(
  config: ProviderConfig,
  returnTo: string,
  storage: Storage = sessionStorage,
): Promise<string> {
  const as = await discover(config.issuer);
  if (!as.authorization_endpoint) throw new Error('the provider names no authorization endpoint');
  const pending: PendingSignIn = {
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo,
  };
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: callbackUrl(),
    response_type: 'code',
    scope: config.scopes,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

export interface ProviderTokens {
  accessToken: string;
  expiresIn: number;
  idToken: string;
  returnTo: string;
}

/** Back from the provider: checks state, redeems the code with the PKCE verifier, checks the ID token. */
export async function completeProviderSignIn(
  config: ProviderConfig,
  currentUrl: URL,
  storage: Storage = sessionStorage,
): Promise<ProviderTokens> {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (!raw) throw new Error('no sign-in was started in this tab');
  const pending = JSON.parse(raw) as PendingSignIn;
  const as = await discover(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, currentUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    callbackUrl(),
    pending.codeVerifier,
    options(config.issuer),
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return {
    accessToken: tokens.access_token,
    // A provider that does not say gets five minutes: the API refuses the token when it expires anyway.
    expiresIn: tokens.expires_in ?? 300,
    idToken: tokens.id_token as string,
    returnTo: pending.returnTo,
  };
}

/** The provider's end_session endpoint for this session (OpenID RP-Initiated Logout 1.0), if it has one. */
export async function providerLogoutUrl(config: ProviderConfig, idToken: string): Promise<string | null> {
  const as = await discover(config.issuer);
  if (!as.end_session_endpoint) return null;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    id_token_hint: idToken,
    client_id: config.clientId,
    post_logout_redirect_uri: postLogoutUrl(),
    state: SIGNED_OUT_STATE,
  }).toString();
  return url.href;
}
