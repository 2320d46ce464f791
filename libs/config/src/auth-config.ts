import { randomBytes } from 'node:crypto';
import type { EnvReader } from './env';

export interface OidcConfig {
  issuer: string;
  /** Expected `aud`; unchecked when absent. */
  audience?: string;
  /** Claim holding the user code (default preferred_username). */
  usernameClaim: string;
  /** Claim holding the roles array (default roles). */
  rolesClaim: string;
  /** Claim holding the unit scope code (default unit). */
  unitClaim: string;
}

export interface AuthConfig {
  /** HS256 key of the tokens the API issues at local login. */
  jwtSecret: string;
  /** True when no JWT_SECRET was given and one was made up for this process (development only). */
  ephemeralSecret: boolean;
  tokenTtlSeconds: number;
  /** When set, bearer tokens of this OpenID Connect issuer are accepted too. */
  oidc?: OidcConfig;
}

const MIN_SECRET_LENGTH = 32;

export function authConfigFrom(reader: EnvReader): AuthConfig {
  const production = reader.string('NODE_ENV', 'development') === 'production';
  let jwtSecret = reader.secret('JWT_SECRET');
  let ephemeralSecret = false;
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH) {
    reader.problem(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (jwtSecret === undefined) {
    if (production) reader.problem('JWT_SECRET is required when NODE_ENV=production');
    // Development without a configured key: tokens are valid until this process stops.
    jwtSecret = randomBytes(32).toString('hex');
    ephemeralSecret = true;
  }
  const ttl = Number(reader.string('JWT_TTL_SECONDS', '28800'));
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 7 * 24 * 3600) {
    reader.problem('JWT_TTL_SECONDS must be an integer between 60 and 604800');
  }
  const issuer = reader.optional('OIDC_ISSUER');
  if (issuer !== undefined && !/^https?:\/\//.test(issuer))
    reader.problem('OIDC_ISSUER must be an http(s) URL');
  return {
    jwtSecret,
    ephemeralSecret,
    tokenTtlSeconds: ttl,
    oidc: issuer
      ? {
          issuer: issuer.replace(/\/$/, ''),
          audience: reader.optional('OIDC_AUDIENCE'),
          usernameClaim: reader.string('OIDC_USERNAME_CLAIM', 'preferred_username'),
          rolesClaim: reader.string('OIDC_ROLES_CLAIM', 'roles'),
          unitClaim: reader.string('OIDC_UNIT_CLAIM', 'unit'),
        }
      : undefined,
  };
}
