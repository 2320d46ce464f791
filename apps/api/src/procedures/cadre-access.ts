import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import { holdsAnyRole } from '@personnel/domain';
import { cadreUnitCodes, type CadreFilter } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { REGISTRY_EDITORS } from '../registry/common/registry-auth';
import { UnitScope } from './unit-scope';

/**
 * Who may read a cadre and the cadre's records: one of the units the cadre belongs to (persistence
 * `cadre.unit_codes`: the open assignments' units, else the last one's) lies in the reader's unit scope. A
 * cadre who never held a post belongs to no unit: the personnel office records newcomers before their
 * first post, so registry editors of any scope read them. Outside the scope a cadre does not exist
 * (404), as a procedure outside it does not.
 */
@Injectable()
export class CadreAccess {
  constructor(
    private readonly scope: UnitScope,
    private readonly database: DatabaseProvider,
  ) {}

  /** The list filter that keeps a listing, a search or an export inside the user's scope. */
  async filterFor(user: AuthenticatedUser): Promise<Pick<CadreFilter, 'withinUnits' | 'includeUnplaced'>> {
    const codes = await this.scope.codes(user);
    if (codes === null) return {};
    return { withinUnits: [...codes], includeUnplaced: isRegistryEditor(user) };
  }

  /** Answers 404 "No cadre …" for no such cadre and for one the user may not read. */
  async assertReadable(user: AuthenticatedUser, idOrCode: string): Promise<void> {
    const codes = await this.scope.codes(user);
    if (codes === null) return;
    const units = await cadreUnitCodes(await this.database.connection(), idOrCode);
    const readable =
      units !== null && (units.length === 0 ? isRegistryEditor(user) : units.some((c) => codes.has(c)));
    if (!readable) throw new NotFoundException(`No cadre ${idOrCode}`);
  }

  /** As assertReadable, and 404 for a cadre the registry lacks even to an organisation-wide reader. */
  async assertKnownAndReadable(user: AuthenticatedUser, idOrCode: string): Promise<void> {
    if ((await cadreUnitCodes(await this.database.connection(), idOrCode)) === null)
      throw new NotFoundException(`No cadre ${idOrCode}`);
    await this.assertReadable(user, idOrCode);
  }
}

function isRegistryEditor(user: AuthenticatedUser): boolean {
  return holdsAnyRole(user.roles, REGISTRY_EDITORS);
}
