import type { Role } from '@personnel/contracts';

/**
 * What `admin` means, in the API's guard, the panel and every workflow alike: the administrator holds
 * every role. Holding a role is not being a party: a task still goes only to its assignees and
 * delegates, a decision only to its named signer, and separation of duties binds an administrator like
 * anyone (never a step on a case they proposed or are a candidate in).
 */
export function holdsRole(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role) || roles.includes('admin');
}

/** Holds at least one of `wanted` (admin holds them all). */
export function holdsAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.includes('admin') || wanted.some((role) => roles.includes(role));
}
