import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, CadreTimelineEntry, Page } from '@personnel/contracts';
import { CadreTimelineQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { UnitScope } from '../procedures/unit-scope';

/**
 * A cadre's timeline across procedures, limited to procedures of units in the reader's scope. The cadre
 * is named by code or id, as in the registry's routes; an unknown one is a 404.
 */
@Injectable()
export class CadreTimelineService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
  ) {}

  async list(
    cadreIdOrCode: string,
    page: { limit: number; offset: number },
    user: AuthenticatedUser,
  ): Promise<Page<CadreTimelineEntry>> {
    const timelines = new CadreTimelineQueries(await this.database.connection());
    const cadreCode = await timelines.cadreCode(cadreIdOrCode);
    if (!cadreCode) throw new NotFoundException(`No cadre ${cadreIdOrCode}`);
    const scope = await this.scope.codes(user);
    return timelines.list({
      cadreCode,
      unitCodes: scope === null ? undefined : [...scope],
      ...page,
    });
  }
}
