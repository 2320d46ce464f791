import { randomBytes } from 'node:crypto';
import type { EnvReader } from './env';

export interface OidcConfig {
  issuer: string;
  /** Expected `aud`; unchecked when absent. */
  audience?: string;
  /**
   * The panel's (public) client at the provider: with it the panel offers sign-in through the provider,
   * and back-channel logout tokens must name it as their audience.
   */
  clientId?: string;
  /** Scopes the panel asks for (default `openid profile`). */
  scopes: string;
  /** Claim holding the user code (default preferred_username). A dotted name reads a nested claim. */
  usernameClaim: string;
  /** Claim holding the display name (default name). */
  nameClaim: string;
  /** Claim holding the roles array (default roles; Keycloak: realm_access.roles). */
  rolesClaim: string;
  /** Claim holding the unit scope code (default unit). */
  unitClaim: string;
  /** The provider's role names → this API's roles; a role absent here keeps its own name. */
  roleMap: Record<string, string>;
  /** Seconds after a JWKS fetch before an unknown key id may trigger another (jose's cooldown). */
  jwksCooldownSeconds: number;
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
          clientId: reader.optional('OIDC_CLIENT_ID'),
          scopes: reader.string('OIDC_SCOPES', 'openid profile'),
          usernameClaim: reader.string('OIDC_USERNAME_CLAIM', 'preferred_username'),
          nameClaim: reader.string('OIDC_NAME_CLAIM', 'name'),
          rolesClaim: reader.string('OIDC_ROLES_CLAIM', 'roles'),
          unitClaim: reader.string('OIDC_UNIT_CLAIM', 'unit'),
          roleMap: roleMapFrom(reader),
          jwksCooldownSeconds: reader.integer('OIDC_JWKS_COOLDOWN_SECONDS', 30, 0, 3600),
        }
      : undefined,
  };
}

const ROLE_MAP_ENTRY = /^\s*([^=,\s]+)\s*=\s*([a-z_]+)\s*$/;

/**
 * OIDC_ROLE_MAP: `provider-role=api_role` pairs separated by commas, e.g.
 * `to-chuc-can-bo=hr_officer,lanh-dao=leader`. Which API roles exist is checked where tokens are read.
 */
function roleMapFrom(reader: EnvReader): Record<string, string> {
  const raw = reader.optional('OIDC_ROLE_MAP');
  const map: Record<string, string> = {};
  if (raw === undefined) return map;
  for (const entry of raw.split(',').filter((e) => e.trim() !== '')) {
    const match = ROLE_MAP_ENTRY.exec(entry);
    if (!match) {
      reader.problem(`OIDC_ROLE_MAP: "${entry.trim()}" is not provider-role=api_role`);
      continue;
    }
    map[match[1]] = match[2];
  }
  return map;
}
