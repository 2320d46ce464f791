import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { TokenError } from './jwt';
import { OidcVerifier } from './oidc-verifier';

const ISSUER = 'https://id.example.gov.vn/realms/hr';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function rsaToken(privateKey: KeyObject, kid: string, payload: Record<string, unknown>): string {
  const input = `${b64({ alg: 'RS256', kid, typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

describe('OidcVerifier', () => {
  const issuerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = 1_800_000_000;
  const claims = {
    iss: ISSUER,
    aud: 'personnel',
    sub: 'abc',
    preferred_username: 'U-BT-01',
    roles: ['approver'],
    exp: now + 300,
  };
  let fetches: string[];
  const verifier = () =>
    new OidcVerifier(
      {
        issuer: ISSUER,
        audience: 'personnel',
        usernameClaim: 'preferred_username',
        rolesClaim: 'roles',
        unitClaim: 'unit',
      },
      (url) => {
        fetches.push(url);
        if (url.endsWith('/.well-known/openid-configuration'))
          return Promise.resolve({ jwks_uri: `${ISSUER}/certs` });
        return Promise.resolve({
          keys: [{ ...issuerKey.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig' }],
        });
      },
    );

  beforeEach(() => (fetches = []));

  it("accepts a token signed with the issuer's published key, and caches the keys", async () => {
    const v = verifier();
    await expect(v.verify(rsaToken(issuerKey.privateKey, 'k1', claims), now)).resolves.toMatchObject({
      preferred_username: 'U-BT-01',
    });
    await v.verify(rsaToken(issuerKey.privateKey, 'k1', claims), now);
    expect(fetches).toEqual([`${ISSUER}/.well-known/openid-configuration`, `${ISSUER}/certs`]);
  });

  it.each([
    ['a key the issuer does not publish', rsaToken(otherKey.privateKey, 'k1', claims), /bad token signature/],
    ['an unknown key id', rsaToken(issuerKey.privateKey, 'k9', claims), /does not publish/],
    [
      'another issuer',
      rsaToken(issuerKey.privateKey, 'k1', { ...claims, iss: 'https://evil.example' }),
      /another issuer/,
    ],
    [
      'another audience',
      rsaToken(issuerKey.privateKey, 'k1', { ...claims, aud: 'mail' }),
      /another audience/,
    ],
    ['an expired token', rsaToken(issuerKey.privateKey, 'k1', { ...claims, exp: now - 3600 }), /expired/],
  ])('refuses %s', async (_case, token, message) => {
    await expect(verifier().verify(token, now)).rejects.toThrow(TokenError);
    await expect(verifier().verify(token, now)).rejects.toThrow(message);
  });
});
