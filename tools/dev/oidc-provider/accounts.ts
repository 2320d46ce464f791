import { timingSafeEqual } from 'node:crypto';
import type { AuthenticatedUser } from '@personnel/contracts';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo-users';

/** The claims a province IdP would send for one of its staff: the API maps them (OIDC_*_CLAIM). */
// A type, not an interface: oidc-provider's AccountClaims wants an index signature.
export type DevAccountClaims = {
  sub: string;
  preferred_username: string;
  name: string;
  roles: string[];
  unit?: string;
};

/**
 * The dev provider's staff: the demo users (password `demo`), each active until `disable` is called.
 * In memory: a restart of `npm start` brings every account back.
 */
export class DevAccounts {
  private readonly users = new Map<string, AuthenticatedUser>();
  private readonly disabled = new Set<string>();

  constructor(users: readonly AuthenticatedUser[] = DEMO_USERS) {
    for (const user of users) this.users.set(user.username, user);
  }

  /** The account's id when the username and password match an active account. */
  check(username: string, password: string): string | undefined {
    const user = this.active(username);
    const given = Buffer.from(password);
    const expected = Buffer.from(DEMO_PASSWORD);
    const same = given.length === expected.length && timingSafeEqual(given, expected);
    return user && same ? user.username : undefined;
  }

  active(username: string): AuthenticatedUser | undefined {
    return this.disabled.has(username) ? undefined : this.users.get(username);
  }

  has(username: string): boolean {
    return this.users.has(username);
  }

  disable(username: string): void {
    if (!this.users.has(username)) throw new Error(`no account ${username}`);
    this.disabled.add(username);
  }

  enable(username: string): void {
    this.disabled.delete(username);
  }

  claims(username: string): DevAccountClaims | undefined {
    const user = this.active(username);
    if (!user) return undefined;
    return {
      sub: user.username,
      preferred_username: user.username,
      name: user.fullName,
      roles: [...user.roles],
      ...(user.unitCode ? { unit: user.unitCode } : {}),
    };
  }
}
