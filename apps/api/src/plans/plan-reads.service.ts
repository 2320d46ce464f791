import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, LegalBasis, PlanList, PlanView } from '@personnel/contracts';
import { ruleParameters } from '@personnel/domain';
import { ProcedureAccess } from '../procedures/procedure-access';
import { toTaskView } from '../procedures/task-views';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import type { ListPlansDto } from './dto/plan-requests.dto';
import { PlanStores } from './plan-stores';

/** Plans as the user may see them: within the unit scope, each task with what the user may do. */
@Injectable()
export class PlanReadsService {
  constructor(
    private readonly stores: PlanStores,
    private readonly scope: UnitScope,
    private readonly access: ProcedureAccess,
  ) {}

  async list(query: ListPlansDto, user: AuthenticatedUser): Promise<PlanList> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.stores.plans()).list({
      state: query.state,
      term: query.term,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
  }

  async get(id: string, user: AuthenticatedUser): Promise<PlanView> {
    await this.access.scoped(id, user);
    const found = await this.find(id, user);
    if (!found) throw new NotFoundException(`No plan ${id}`);
    return found;
  }

  /** The board once its procedure row exists (undefined before the first step is recorded). */
  async find(id: string, user: AuthenticatedUser): Promise<PlanView | undefined> {
    const found = await (
      await this.stores.plans()
    ).get(id, (basis: LegalBasis) => ruleParameters(basis).candidatesPerPostMax.value);
    if (!found) return undefined;
    const today = todayInVietnam();
    return { ...found, tasks: found.tasks.map((t) => toTaskView(t, user, today)) };
  }
}
