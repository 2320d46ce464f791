import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { OidcConfig } from '@personnel/config';
import { checkTimes, parseJwt, TokenError } from './jwt';

const ALGORITHMS: Record<string, { hash: string; dsaEncoding?: 'ieee-p1363' }> = {
  RS256: { hash: 'sha256' },
  RS384: { hash: 'sha384' },
  RS512: { hash: 'sha512' },
  ES256: { hash: 'sha256', dsaEncoding: 'ieee-p1363' },
  ES384: { hash: 'sha384', dsaEncoding: 'ieee-p1363' },
};

/** How long fetched signing keys are trusted before the JWKS is read again. */
const KEYS_TTL_MS = 10 * 60_000;

/**
 * Verifies bearer tokens of an OpenID Connect issuer: discovery document → jwks_uri → the key named by
 * `kid`. Keys are cached; an unknown kid triggers one refresh (the issuer rotated its keys).
 */
export class OidcVerifier {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = 0;

  constructor(
    private readonly config: OidcConfig,
    private readonly fetchJson: (url: string) => Promise<unknown> = defaultFetchJson,
  ) {}

  async verify(token: string, now: number): Promise<Record<string, unknown>> {
    const { header, payload, signingInput, signature } = parseJwt(token);
    const algorithm = ALGORITHMS[header.alg ?? ''];
    if (!algorithm) throw new TokenError(`unexpected token algorithm ${String(header.alg)}`);
    if (payload.iss !== this.config.issuer) throw new TokenError('the token comes from another issuer');
    if (this.config.audience !== undefined) {
      const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!aud.includes(this.config.audience))
        throw new TokenError('the token is meant for another audience');
    }
    const key = await this.key(header.kid);
    const ok = verify(
      algorithm.hash,
      Buffer.from(signingInput),
      { key, dsaEncoding: algorithm.dsaEncoding },
      signature,
    );
    if (!ok) throw new TokenError('bad token signature');
    return checkTimes(payload, now);
  }

  private async key(kid: string | undefined): Promise<KeyObject> {
    if (Date.now() - this.fetchedAt > KEYS_TTL_MS || (kid && !this.keys.has(kid))) await this.refresh();
    const key = kid ? this.keys.get(kid) : this.keys.size === 1 ? [...this.keys.values()][0] : undefined;
    if (!key) throw new TokenError('the token was signed with a key the issuer does not publish');
    return key;
  }

  private async refresh(): Promise<void> {
    const discovery = (await this.fetchJson(`${this.config.issuer}/.well-known/openid-configuration`)) as {
      jwks_uri?: string;
    };
    if (!discovery.jwks_uri) throw new TokenError('the OIDC issuer publishes no jwks_uri');
    const jwks = (await this.fetchJson(discovery.jwks_uri)) as {
      keys?: (JsonWebKey & { kid?: string; use?: string })[];
    };
    const keys = new Map<string, KeyObject>();
    (jwks.keys ?? [])
      .filter((jwk) => jwk.use === undefined || jwk.use === 'sig')
      .forEach((jwk, i) => keys.set(jwk.kid ?? `#${i}`, createPublicKey({ key: jwk, format: 'jwk' })));
    this.keys = keys;
    this.fetchedAt = Date.now();
  }
}

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new TokenError(`the OIDC issuer answered ${response.status} for ${url}`);
  return response.json();
}
