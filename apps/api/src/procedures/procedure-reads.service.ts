import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ProcedureDetail } from '@personnel/contracts';
import { todayInVietnam } from '../registry/common/today';
import { ProcedureAccess } from './procedure-access';
import { ProcedureStores } from './procedure-stores';
import { toTaskView } from './task-views';

/** One procedure of any kind (a retired nomination's too): its row, its journal, its tasks for the reader. */
@Injectable()
export class ProcedureReadsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly stores: ProcedureStores,
  ) {}

  async get(workflowId: string, user: AuthenticatedUser): Promise<ProcedureDetail> {
    await this.access.scoped(workflowId, user);
    const found = await (await this.stores.procedures()).get(workflowId);
    // Gone between the scope check and the read: only a rollback of the database does that.
    if (!found) throw new NotFoundException(`No procedure ${workflowId}`);
    const today = todayInVietnam();
    return { ...found, tasks: found.tasks.map((t) => toTaskView(t, user, today)) };
  }
}
