import { LOCAL_ISSUER, signHs256, TokenError, verifyHs256 } from './jwt';

const SECRET = 's'.repeat(32);
const claims = { iss: LOCAL_ISSUER, sub: 'U-HR-01', iat: 1_000, exp: 2_000 };

describe('HS256 tokens', () => {
  it('round-trips the claims', () => {
    expect(verifyHs256(signHs256(claims, SECRET), SECRET, 1_500)).toMatchObject({
      sub: 'U-HR-01',
      exp: 2_000,
    });
  });

  it.each([
    ['another key', (t: string) => t, 't'.repeat(32), 1_500, /bad token signature/],
    [
      'a changed payload',
      (t: string) =>
        t.replace(
          /\.[^.]+\./,
          `.${Buffer.from(JSON.stringify({ ...claims, sub: 'U-ADMIN' })).toString('base64url')}.`,
        ),
      SECRET,
      1_500,
      /bad token signature/,
    ],
    ['an expired token', (t: string) => t, SECRET, 2_061, /expired/],
    [
      'alg none',
      (t: string) => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${t.split('.')[1]}.`,
      SECRET,
      1_500,
      /unexpected token algorithm none/,
    ],
    ['garbage', () => 'not-a-token', SECRET, 1_500, /not a JWT/],
    [
      'a header that decodes to null',
      (t: string) => `${Buffer.from('null').toString('base64url')}.${t.split('.').slice(1).join('.')}`,
      SECRET,
      1_500,
      /not a JWT/,
    ],
    [
      'a payload that decodes to an array',
      (t: string) => `${t.split('.')[0]}.${Buffer.from('[1]').toString('base64url')}.${t.split('.')[2]}`,
      SECRET,
      1_500,
      /not a JWT/,
    ],
  ])('refuses %s', (_case, mangle, secret, now, message) => {
    const token = mangle(signHs256(claims, SECRET));
    expect(() => verifyHs256(token, secret, now)).toThrow(TokenError);
    expect(() => verifyHs256(token, secret, now)).toThrow(message);
  });

  it('tolerates a minute of clock skew at expiry', () => {
    expect(() => verifyHs256(signHs256(claims, SECRET), SECRET, 2_059)).not.toThrow();
  });
});
