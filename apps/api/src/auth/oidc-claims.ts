import { ROLES, type AuthenticatedUser, type Role } from '@personnel/contracts';
import type { OidcConfig } from '@personnel/config';
import { TokenError } from './jwt';

type ClaimMapping = Pick<OidcConfig, 'usernameClaim' | 'nameClaim' | 'rolesClaim' | 'unitClaim' | 'roleMap'>;

/** A claim by name; a dotted name walks nested objects (Keycloak's `realm_access.roles`). */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  return name
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      claims,
    );
}

/**
 * The user an OIDC access token stands for, through the configured claim names (OIDC_*_CLAIM) and role
 * map (OIDC_ROLE_MAP). Roles the API does not know are dropped; a token left with none is refused, so an
 * IdP account without a personnel role cannot act.
 */
export function userFromClaims(claims: Record<string, unknown>, mapping: ClaimMapping): AuthenticatedUser {
  const username = claimAt(claims, mapping.usernameClaim);
  const name = claimAt(claims, mapping.nameClaim);
  const unit = claimAt(claims, mapping.unitClaim);
  const granted = claimAt(claims, mapping.rolesClaim);
  // A single role may come as a string (some IdPs send one value unwrapped).
  const listed = Array.isArray(granted) ? granted : typeof granted === 'string' ? granted.split(' ') : [];
  const roles = [
    ...new Set(
      listed
        .filter((r): r is string => typeof r === 'string')
        .map((r) => mapping.roleMap[r] ?? r)
        .filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    ),
  ];
  if (roles.length === 0)
    throw new TokenError(`the token grants none of this API's roles (claim "${mapping.rolesClaim}")`);
  const user = typeof username === 'string' && username !== '' ? username : String(claims.sub);
  return {
    username: user,
    fullName: typeof name === 'string' && name !== '' ? name : user,
    roles,
    unitCode: typeof unit === 'string' && unit !== '' ? unit : null,
    // Linked accounts only, like local ones: an unlinked user keeps the shape without cadreId.
    ...(typeof claims.cadre_id === 'string' ? { cadreId: claims.cadre_id } : {}),
  };
}
