import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import { unitSubtreeCodes } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';

/** Codes of the units a user may see and act in; null = the whole organisation. */
export type ScopeCodes = ReadonlySet<string> | null;

/**
 * Unit scope (auth.ts): a user with a unit code sees and acts in that unit's subtree only; a user without
 * one, the whole organisation. Reads outside the scope answer 404 (existence is not leaked); a new
 * procedure for a post outside it is a 403 (the registry is readable by everyone, nothing leaks).
 */
@Injectable()
export class UnitScope {
  constructor(private readonly database: DatabaseProvider) {}

  async codes(user: AuthenticatedUser): Promise<ScopeCodes> {
    if (user.unitCode === null) return null;
    return new Set(await unitSubtreeCodes(await this.database.connection(), user.unitCode));
  }

  includes(scope: ScopeCodes, unitCode: string): boolean {
    return scope === null || scope.has(unitCode);
  }

  /** The codes a list may read: the scope, narrowed to a requested unit's subtree (which must lie inside). */
  async listCodes(user: AuthenticatedUser, unitCode?: string): Promise<string[] | undefined> {
    const scope = await this.codes(user);
    if (!unitCode) return scope === null ? undefined : [...scope];
    const requested = await unitSubtreeCodes(await this.database.connection(), unitCode);
    return scope === null ? requested : requested.filter((code) => scope.has(code));
  }

  async assertReadable(user: AuthenticatedUser, unitCode: string, what: string): Promise<void> {
    if (!this.includes(await this.codes(user), unitCode)) throw new NotFoundException(`No ${what}`);
  }

  async assertActionable(user: AuthenticatedUser, unitCode: string, what: string): Promise<void> {
    if (!this.includes(await this.codes(user), unitCode))
      throw new ForbiddenException(
        `${what} belongs to unit ${unitCode}, outside your unit scope (${user.unitCode ?? 'organisation'})`,
      );
  }
}
