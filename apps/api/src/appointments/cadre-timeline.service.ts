import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, CadreTimelineEntry, Page } from '@personnel/contracts';
import { CadreTimelineQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { UnitScope } from './unit-scope';

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
    const dataSource = await this.database.connection();
    const [cadre]: { code: string }[] = await dataSource.query(
      `SELECT code FROM cadre WHERE code = $1 OR id::text = $1`,
      [cadreIdOrCode],
    );
    if (!cadre) throw new NotFoundException(`No cadre ${cadreIdOrCode}`);
    const scope = await this.scope.codes(user);
    return new CadreTimelineQueries(dataSource).list({
      cadreCode: cadre.code,
      unitCodes: scope === null ? undefined : [...scope],
      ...page,
    });
  }
}
