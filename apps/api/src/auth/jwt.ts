import { createHmac, timingSafeEqual } from 'node:crypto';

/** Claims of the tokens this API issues at local login. */
export interface LocalClaims {
  iss: string;
  sub: string;
  iat: number;
  exp: number;
  /** The registry cadre the user is, when linked (informative: the account is read again per request). */
  cadreId?: string | null;
}

export const LOCAL_ISSUER = 'personnel-api';

export class TokenError extends Error {}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A segment decoded: a JSON object, or the token is not a JWT (`null`, a number, an array are not). */
export function decodeSegment<T>(segment: string): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('the token is not a JWT');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TokenError('the token is not a JWT');
  return value as T;
}

/** Splits a compact JWT into its decoded header and payload, and the signed input and signature. */
export function parseJwt(token: string) {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenError('the token is not a JWT');
  const [header, payload, signature] = parts;
  return {
    header: decodeSegment<{ alg?: string; kid?: string; typ?: string }>(header),
    payload: decodeSegment<Record<string, unknown>>(payload),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

export function signHs256(claims: LocalClaims, secret: string): string {
  const signingInput = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${signingInput}.${b64url(createHmac('sha256', secret).update(signingInput).digest())}`;
}

/** Checks signature, issuer and lifetime; `now` in seconds. A small clock skew is tolerated. */
export function verifyHs256(token: string, secret: string, now: number): LocalClaims {
  const { header, payload, signingInput, signature } = parseJwt(token);
  if (header.alg !== 'HS256') throw new TokenError(`unexpected token algorithm ${String(header.alg)}`);
  const expected = createHmac('sha256', secret).update(signingInput).digest();
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected))
    throw new TokenError('bad token signature');
  return checkTimes(payload, now) as unknown as LocalClaims;
}

const SKEW_SECONDS = 60;

export function checkTimes(payload: Record<string, unknown>, now: number): Record<string, unknown> {
  if (typeof payload.exp !== 'number' || payload.exp + SKEW_SECONDS < now)
    throw new TokenError('the token has expired; sign in again');
  if (typeof payload.nbf === 'number' && payload.nbf - SKEW_SECONDS > now)
    throw new TokenError('the token is not valid yet');
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new TokenError('the token names no user');
  return payload;
}
