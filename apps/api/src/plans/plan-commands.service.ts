import { Injectable, NotFoundException } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  addPlanCandidateUpdate,
  decidePlanUpdate,
  removePlanCandidateUpdate,
  submitPlanUpdate,
  withdrawPlanUpdate,
  type ActorRef,
  type AuthenticatedUser,
  type LegalBasis,
  type PlanCandidateCheck,
  type PlanEntry,
  type PlanSummary,
  type PlanView,
} from '@personnel/contracts';
import { checkPlanCandidate } from '@personnel/domain';
import { badRequest } from '../http/validation.pipe';
import { actorOf } from '../procedures/procedure-actor';
import { ProcedureAccess } from '../procedures/procedure-access';
import { UpdateAnswers } from '../procedures/update-answers';
import { todayInVietnam } from '../registry/common/today';
import type {
  DecidePlanDto,
  PlanCandidateDto,
  RemovePlanCandidateDto,
  SubmitPlanDto,
  WithdrawPlanDto,
} from './dto/plan-requests.dto';
import { PlanReadsService } from './plan-reads.service';
import { PlanStores } from './plan-stores';

/**
 * A plan's commands: each an Update the workflow validates when it applies it, with the signed-in user
 * as the actor, after the unit-scope check of the one procedure row; each answers with the board as it
 * stands after the command. The live check asks the same rule as the workflow, changing nothing.
 */
@Injectable()
export class PlanCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
    private readonly reads: PlanReadsService,
    private readonly stores: PlanStores,
  ) {}

  add(id: string, dto: PlanCandidateDto, user: AuthenticatedUser) {
    return this.send(id, user, addPlanCandidateUpdate, (actor) => ({
      actor,
      postCode: dto.postCode,
      cadreId: dto.cadreId,
      ...(dto.reason !== undefined ? { reason: dto.reason } : {}),
    }));
  }

  remove(id: string, dto: RemovePlanCandidateDto, user: AuthenticatedUser) {
    return this.send(id, user, removePlanCandidateUpdate, (actor) => ({
      actor,
      postCode: dto.postCode,
      cadreId: dto.cadreId,
      reason: dto.reason,
    }));
  }

  submit(id: string, dto: SubmitPlanDto, user: AuthenticatedUser) {
    return this.send(id, user, submitPlanUpdate, (actor) => ({
      actor,
      ...(dto.comment !== undefined ? { comment: dto.comment } : {}),
    }));
  }

  decide(id: string, dto: DecidePlanDto, user: AuthenticatedUser) {
    if (dto.choice === 'approve') {
      const missing = [
        ...(dto.number
          ? []
          : [
              {
                field: 'number',
                problem: 'is required to approve: the decision number as printed',
                code: 'required_for_choice' as const,
                params: { choice: 'approve' },
              },
            ]),
        ...(dto.effectiveDate
          ? []
          : [
              {
                field: 'effectiveDate',
                problem: 'is required to approve: the day the plan takes effect',
                code: 'required_for_choice' as const,
                params: { choice: 'approve' },
              },
            ]),
      ];
      if (missing.length > 0) throw badRequest(missing);
    } else if (!dto.comment?.trim())
      throw badRequest([
        {
          field: 'comment',
          problem: `is required to ${dto.choice}: say why`,
          code: 'required_for_choice',
          params: { choice: dto.choice },
        },
      ]);
    return this.send(id, user, decidePlanUpdate, (actor) => ({
      actor,
      choice: dto.choice,
      ...(dto.number !== undefined ? { number: dto.number } : {}),
      ...(dto.effectiveDate !== undefined ? { effectiveDate: dto.effectiveDate } : {}),
      ...(dto.comment !== undefined ? { comment: dto.comment } : {}),
    }));
  }

  withdraw(id: string, dto: WithdrawPlanDto, user: AuthenticatedUser) {
    return this.send(id, user, withdrawPlanUpdate, (actor) => ({ actor, reason: dto.reason }));
  }

  /** The rules for one candidate on the plan as it stands, every check cited; nothing is changed. */
  async check(id: string, dto: PlanCandidateDto, user: AuthenticatedUser): Promise<PlanCandidateCheck> {
    await this.access.scoped(id, user);
    const board = await this.reads.get(id, user);
    const asOf = todayInVietnam();
    const facts = await (
      await this.stores.registry()
    ).candidateFacts({
      workflowId: id,
      unitCode: board.unitCode,
      term: board.term,
      postCode: dto.postCode,
      cadreId: dto.cadreId,
      asOf,
    });
    if (!facts.post || !facts.postInScope)
      throw new NotFoundException(`No post ${dto.postCode} in ${board.unitCode} or a unit under it`);
    if (!facts.cadre) throw new NotFoundException(`No cadre ${dto.cadreId}`);
    const checks = checkPlanCandidate({
      term: board.term,
      legalBasis: board.legalBasis as LegalBasis,
      asOf,
      entries: entriesOf(board),
      cadre: facts.cadre,
      post: facts.post,
      appointmentId: facts.appointmentId,
    });
    return { admissible: checks.every((c) => c.passed), checks };
  }

  private async send<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<PlanSummary, [C]>,
    command: (actor: ActorRef) => C,
  ): Promise<PlanView> {
    await this.access.scoped(id, user);
    await this.answers.procedure(id, update, command(actorOf(user)));
    return this.reads.get(id, user);
  }
}

/** The plan's entries as the board lists them under its posts. */
function entriesOf(board: PlanView): PlanEntry[] {
  return board.posts.flatMap((post) =>
    post.candidates.map((c) => ({
      postCode: post.postCode,
      postLevel: post.level,
      cadreId: c.cadreId,
      status: c.status,
      addedBy: c.addedBy,
      addedAt: c.addedAt,
      reason: c.reason,
      removedBy: null,
      removedReason: c.removedReason,
      publishedFrom: c.publishedFrom,
      publishedTo: null,
    })),
  );
}
