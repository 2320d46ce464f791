import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, RotationList, RotationPage } from '@personnel/contracts';
import { ProcedureAccess } from '../procedures/procedure-access';
import { toTaskView } from '../procedures/task-views';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import type { ListRotationsDto } from './dto/rotation-requests.dto';
import { RotationStores } from './rotation-stores';

/** Rotations as the user may see them: within the unit scope, each task with what the user may do. */
@Injectable()
export class RotationReadsService {
  constructor(
    private readonly stores: RotationStores,
    private readonly scope: UnitScope,
    private readonly access: ProcedureAccess,
  ) {}

  async list(query: ListRotationsDto, user: AuthenticatedUser): Promise<RotationList> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.stores.rotations()).list({
      state: query.state,
      cadreId: query.cadreId,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
  }

  async get(id: string, user: AuthenticatedUser): Promise<RotationPage> {
    await this.access.scoped(id, user);
    const found = await (await this.stores.rotations()).get(id);
    if (!found) throw new NotFoundException(`No rotation ${id}`);
    const today = todayInVietnam();
    return { ...found, tasks: found.tasks.map((t) => toTaskView(t, user, today)) };
  }
}
