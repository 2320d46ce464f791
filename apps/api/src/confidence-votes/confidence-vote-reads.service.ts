import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ConfidenceVoteList, ConfidenceVotePage } from '@personnel/contracts';
import type { UnitPostHolder } from '@personnel/persistence';
import { ProcedureAccess } from '../procedures/procedure-access';
import { toTaskView } from '../procedures/task-views';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import { ConfidenceVoteStores } from './confidence-vote-stores';
import type { ListConfidenceVotesDto } from './dto/confidence-vote.dto';

/** Confidence votes as the user may see them: within the unit scope, each task with what the user may do. */
@Injectable()
export class ConfidenceVoteReadsService {
  constructor(
    private readonly stores: ConfidenceVoteStores,
    private readonly scope: UnitScope,
    private readonly access: ProcedureAccess,
  ) {}

  async list(query: ListConfidenceVotesDto, user: AuthenticatedUser): Promise<ConfidenceVoteList> {
    const unitCodes = await this.scope.listCodes(user, query.unitCode);
    return (await this.stores.votes()).list({
      state: query.state,
      year: query.year,
      cadreId: query.cadreId,
      unitCodes,
      limit: query.limit,
      offset: query.offset,
    });
  }

  async get(id: string, user: AuthenticatedUser): Promise<ConfidenceVotePage> {
    await this.access.scoped(id, user);
    const found = await (await this.stores.votes()).get(id);
    if (!found) throw new NotFoundException(`No confidence vote ${id}`);
    const today = todayInVietnam();
    return { ...found, tasks: found.tasks.map((t) => toTaskView(t, user, today)) };
  }

  /** The unit's current post holders, for the start form (the unit inside the user's scope). */
  async holders(unitCode: string, user: AuthenticatedUser): Promise<UnitPostHolder[]> {
    await this.scope.assertActionable(user, unitCode, `Unit ${unitCode}`);
    return (await this.stores.votes()).holders(unitCode);
  }
}
