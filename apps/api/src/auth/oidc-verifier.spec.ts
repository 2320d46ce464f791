import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { OidcConfig } from '@personnel/config';
import { TokenError } from './jwt';
import { OidcVerifier } from './oidc-verifier';

const ISSUER = 'https://id.example.gov.vn/realms/hr';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function rsaToken(privateKey: KeyObject, kid: string, payload: Record<string, unknown>): string {
  const input = `${b64({ alg: 'RS256', kid, typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const CONFIG: OidcConfig = {
  issuer: ISSUER,
  audience: 'personnel',
  clientId: 'panel',
  scopes: 'openid',
  usernameClaim: 'preferred_username',
  nameClaim: 'name',
  rolesClaim: 'roles',
  unitClaim: 'unit',
  roleMap: {},
  jwksCooldownSeconds: 30,
};

/** The verifier against a provider served from memory (the API tests use a real one). */
describe('OidcVerifier', () => {
  const issuerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: ISSUER,
    aud: 'personnel',
    sub: 'abc',
    preferred_username: 'U-BT-01',
    roles: ['approver'],
    iat: now,
    exp: now + 300,
  };
  let fetches: string[];
  let published: { kid: string; key: KeyObject }[];
  const verifier = (config: Partial<OidcConfig> = {}) =>
    new OidcVerifier({ ...CONFIG, ...config }, (url) => {
      fetches.push(url);
      const body = url.endsWith('/.well-known/openid-configuration')
        ? { issuer: ISSUER, jwks_uri: `${ISSUER}/certs` }
        : { keys: published.map((k) => ({ ...k.key.export({ format: 'jwk' }), kid: k.kid, use: 'sig' })) };
      return Promise.resolve(
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
      );
    });

  beforeEach(() => {
    fetches = [];
    published = [{ kid: 'k1', key: issuerKey.publicKey }];
  });

  it("accepts a token signed with the issuer's published key, and caches the keys", async () => {
    const v = verifier();
    await expect(v.verify(rsaToken(issuerKey.privateKey, 'k1', claims))).resolves.toMatchObject({
      preferred_username: 'U-BT-01',
    });
    await v.verify(rsaToken(issuerKey.privateKey, 'k1', claims));
    expect(fetches).toEqual([`${ISSUER}/.well-known/openid-configuration`, `${ISSUER}/certs`]);
  });

  it('fetches the keys again for an unknown key id, but not within the cooldown', async () => {
    const v = verifier({ jwksCooldownSeconds: 0 });
    await v.verify(rsaToken(issuerKey.privateKey, 'k1', claims));
    published = [{ kid: 'k2', key: otherKey.publicKey }, ...published];
    await expect(v.verify(rsaToken(otherKey.privateKey, 'k2', claims))).resolves.toMatchObject({
      sub: 'abc',
    });
    expect(fetches.filter((u) => u.endsWith('/certs'))).toHaveLength(2);

    const cooling = verifier({ jwksCooldownSeconds: 30 });
    published = [{ kid: 'k1', key: issuerKey.publicKey }];
    await cooling.verify(rsaToken(issuerKey.privateKey, 'k1', claims));
    published = [{ kid: 'k3', key: otherKey.publicKey }];
    await expect(cooling.verify(rsaToken(otherKey.privateKey, 'k3', claims))).rejects.toThrow(
      /a key the issuer does not publish/,
    );
  });

  it.each([
    [
      'a key the issuer does not publish',
      () => rsaToken(otherKey.privateKey, 'k1', claims),
      /bad token signature/,
    ],
    ['an unknown key id', () => rsaToken(issuerKey.privateKey, 'k9', claims), /does not publish/],
    [
      'another issuer',
      () => rsaToken(issuerKey.privateKey, 'k1', { ...claims, iss: 'https://evil.example' }),
      /another issuer/,
    ],
    [
      'another audience',
      () => rsaToken(issuerKey.privateKey, 'k1', { ...claims, aud: 'mail' }),
      /another audience/,
    ],
    [
      'an expired token',
      () => rsaToken(issuerKey.privateKey, 'k1', { ...claims, exp: now - 3600 }),
      /expired/,
    ],
    [
      'a token without iat',
      () => rsaToken(issuerKey.privateKey, 'k1', { ...claims, iat: undefined }),
      /"iat"/,
    ],
  ])('refuses %s', async (_case, token, message) => {
    await expect(verifier().verify(token())).rejects.toThrow(TokenError);
    await expect(verifier().verify(token())).rejects.toThrow(message);
  });

  it('takes a logout token for the panel client, and refuses an ID token posing as one', async () => {
    const logout = {
      iss: ISSUER,
      aud: 'panel',
      sub: 'abc',
      iat: now,
      exp: now + 120,
      jti: 'x',
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    };
    await expect(verifier().verifyLogoutToken(rsaToken(issuerKey.privateKey, 'k1', logout))).resolves.toEqual(
      {
        sub: 'abc',
        iat: now,
      },
    );
    const { events: _events, ...idToken } = logout;
    await expect(
      verifier().verifyLogoutToken(rsaToken(issuerKey.privateKey, 'k1', { ...idToken, nonce: 'n' })),
    ).rejects.toThrow(/no back-channel logout event/);
    await expect(
      verifier().verifyLogoutToken(rsaToken(issuerKey.privateKey, 'k1', { ...logout, aud: 'personnel' })),
    ).rejects.toThrow(/another audience/);
  });
});
