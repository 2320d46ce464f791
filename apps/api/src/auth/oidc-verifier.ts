import {
  createRemoteJWKSet,
  customFetch,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { OidcConfig } from '@personnel/config';
import { TokenError } from './jwt';

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];
/** How long fetched signing keys are trusted before the JWKS is read again. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
const CLOCK_SKEW_SECONDS = 60;
const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

interface Discovery {
  issuer?: string;
  jwks_uri?: string;
}

/**
 * Verifies tokens of an OpenID Connect issuer with jose: the discovery document names the JWKS, which
 * jose's remote key set caches (10 min) and fetches again when a token names a key id it does not hold,
 * at most once per OIDC_JWKS_COOLDOWN_SECONDS: a key the provider rotated in is picked up at its first
 * token, without a restart, and a stream of made-up key ids cannot make the API hammer the provider.
 */
export class OidcVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(
    private readonly config: OidcConfig,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
  ) {}

  /** An access token for this API: signature, issuer, audience (when configured) and lifetime. */
  async verify(token: string): Promise<JWTPayload & { sub: string; iat: number }> {
    const payload = await this.check(token, this.config.audience, ['sub', 'exp', 'iat']);
    return payload as JWTPayload & { sub: string; iat: number };
  }

  /**
   * An OpenID back-channel logout token (Back-Channel Logout 1.0 §2.6): signed by the issuer, meant for
   * the panel's client, carrying the logout event and a subject, and no nonce (so an ID token is not one).
   */
  async verifyLogoutToken(token: string): Promise<{ sub: string; iat: number }> {
    if (!this.config.clientId) throw new TokenError('no OIDC_CLIENT_ID: back-channel logout is off');
    const payload = await this.check(token, this.config.clientId, ['iat']);
    const events = payload.events as Record<string, unknown> | undefined;
    if (typeof events !== 'object' || events === null || !(BACKCHANNEL_LOGOUT_EVENT in events))
      throw new TokenError('not a logout token: no back-channel logout event');
    if ('nonce' in payload) throw new TokenError('not a logout token: it carries a nonce');
    if (typeof payload.sub !== 'string' || payload.sub === '')
      throw new TokenError('the logout token names no subject (sid alone is not tracked)');
    return { sub: payload.sub, iat: payload.iat as number };
  }

  private async check(token: string, audience: string | undefined, required: string[]): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.config.issuer,
        audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: required,
      });
      return payload;
    } catch (error) {
      throw asTokenError(error);
    }
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined; // the provider was down: ask again at the next token
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const url = `${this.config.issuer}/.well-known/openid-configuration`;
    const response = await this.fetchImpl(url, { signal: AbortSignal.timeout(5_000) }).catch(() => {
      throw new TokenError(`the OIDC issuer did not answer at ${url}`);
    });
    if (!response.ok) throw new TokenError(`the OIDC issuer answered ${response.status} for ${url}`);
    const discovery = (await response.json()) as Discovery;
    if (discovery.issuer !== undefined && discovery.issuer.replace(/\/$/, '') !== this.config.issuer)
      throw new TokenError(`the discovery document names another issuer (${discovery.issuer})`);
    if (!discovery.jwks_uri) throw new TokenError('the OIDC issuer publishes no jwks_uri');
    return createRemoteJWKSet(new URL(discovery.jwks_uri), {
      cooldownDuration: this.config.jwksCooldownSeconds * 1000,
      cacheMaxAge: KEYS_MAX_AGE_MS,
      timeoutDuration: 5_000,
      [customFetch]: (input: string | URL | Request, init?: RequestInit) =>
        this.fetchImpl(String(input), init),
    });
  }
}

/** jose's errors in the words the API answers with (401 "Not signed in: …"). */
function asTokenError(error: unknown): Error {
  if (error instanceof TokenError) return error;
  if (error instanceof errors.JWTExpired) return new TokenError('the token has expired; sign in again');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new TokenError('the token comes from another issuer');
    if (error.claim === 'aud') return new TokenError('the token is meant for another audience');
    if (error.claim === 'nbf') return new TokenError('the token is not valid yet');
    return new TokenError(`the token's "${error.claim}" claim is missing or wrong`);
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return new TokenError('the token was signed with a key the issuer does not publish');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenError('bad token signature');
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenError('unexpected token algorithm');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return new TokenError('the OIDC issuer did not give its signing keys');
  if (error instanceof errors.JOSEError) return new TokenError(`the token is not valid (${error.code})`);
  // Anything else came from fetching the keys (connection refused, reset): the provider is unreachable.
  return new TokenError('the OIDC issuer could not be reached to check the token');
}
