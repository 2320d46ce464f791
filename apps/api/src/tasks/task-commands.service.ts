import { HttpException, Injectable } from '@nestjs/common';
import {
  claimTaskUpdate,
  commentTaskUpdate,
  decideTaskUpdate,
  delegateTaskUpdate,
  reassignTaskUpdate,
  unclaimTaskUpdate,
  type AuthenticatedUser,
  type BulkDecideItemResult,
  type TaskCommandAnswer,
  type TaskUpdateAnswer,
} from '@personnel/contracts';
import type { UpdateDefinition } from '@temporalio/common';
import { DELEGATE_ROLES, delegateRoleProblem } from '@personnel/domain';
import { taskKindOf, type ProcedureScope } from '@personnel/persistence';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { ApiMetrics } from '../metrics/api-metrics';
import { partyDirectory, unreachedUnit, type FieldProblem } from '../procedures/party-checks';
import { ProcedureAccess } from '../procedures/procedure-access';
import { actorOf } from '../procedures/procedure-actor';
import { httpStatusText, UpdateAnswers } from '../procedures/update-answers';
import { todayInVietnam } from '../registry/common/today';
import { taskCommandAnswer } from './task-command-answer';
import type {
  BulkDecideDto,
  CommentTaskDto,
  DecideTaskDto,
  DelegateTaskDto,
  ReassignTaskDto,
} from './dto/task-commands.dto';

const BULK_CONCURRENCY = 5;

/**
 * The task commands of every procedure kind: scope-checked on the procedure's one row, then sent as the
 * kit's task Update with the signed-in user as the actor. Whether the user may act on the task now is
 * the workflow's call (the domain task rule, in its validator); the answer is what the command changed
 * (TaskCommandAnswer: state, stage, journal position, the changed tasks with the caller's actions).
 */
@Injectable()
export class TaskCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
    private readonly database: DatabaseProvider,
    private readonly metrics: ApiMetrics,
  ) {}

  claim(workflowId: string, taskKey: string, user: AuthenticatedUser): Promise<TaskCommandAnswer> {
    return this.send(workflowId, user, claimTaskUpdate, { actor: actorOf(user), taskKey });
  }

  unclaim(workflowId: string, taskKey: string, user: AuthenticatedUser): Promise<TaskCommandAnswer> {
    return this.send(workflowId, user, unclaimTaskUpdate, { actor: actorOf(user), taskKey });
  }

  /** A comment without a verdict: the workflow journals it (who takes part, or a manager). */
  comment(
    workflowId: string,
    taskKey: string,
    dto: CommentTaskDto,
    user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    return this.send(workflowId, user, commentTaskUpdate, {
      actor: actorOf(user),
      taskKey,
      comment: dto.comment,
    });
  }

  /**
   * A manager gives the task to another person. The person is checked as a delegate is (an active
   * user reaching the unit, with the task's role); whether the task may be reassigned now is the
   * workflow's call.
   */
  async reassign(
    workflowId: string,
    taskKey: string,
    dto: ReassignTaskDto,
    user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    const procedure = await this.access.scoped(workflowId, user);
    const problem = await this.delegateProblem(workflowId, taskKey, procedure.unitCode, dto.toUserId);
    if (problem) throw badRequest([problem]);
    return this.send(
      workflowId,
      user,
      reassignTaskUpdate,
      { actor: actorOf(user), taskKey, toUserId: dto.toUserId, reason: dto.reason },
      procedure,
    );
  }

  async delegate(
    workflowId: string,
    taskKey: string,
    dto: DelegateTaskDto,
    user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    if (dto.validUntil < dto.validFrom)
      throw badRequest([
        {
          field: 'validUntil',
          problem: 'must not be before validFrom',
          code: 'before_start',
          params: { startField: 'validFrom', start: dto.validFrom },
        },
      ]);
    const procedure = await this.access.scoped(workflowId, user);
    const problem = await this.delegateProblem(workflowId, taskKey, procedure.unitCode, dto.toUserId);
    if (problem) throw badRequest([problem]);
    // Scope-checked above: straight to the workflow.
    return this.send(
      workflowId,
      user,
      delegateTaskUpdate,
      {
        actor: actorOf(user),
        taskKey,
        toUserId: dto.toUserId,
        validFrom: dto.validFrom,
        validUntil: dto.validUntil,
        reason: dto.reason,
      },
      procedure,
    );
  }

  /**
   * A delegate is an active user who can see and act in the procedure's unit and holds the role the
   * task needs (libs/domain DELEGATE_ROLES). A task the inbox does not hold yet is left to the workflow,
   * which refuses a task it does not have.
   */
  private async delegateProblem(
    workflowId: string,
    taskKey: string,
    unitCode: string,
    toUserId: string,
  ): Promise<FieldProblem | null> {
    const connection = await this.database.connection();
    const directory = await partyDirectory(connection, [unitCode]);
    const [delegate] = (await directory.matches([toUserId], [])).filter((u) => u.username === toUserId);
    const field = 'toUserId';
    if (!delegate)
      return {
        field,
        problem: `names no active user of the directory (${toUserId})`,
        code: 'unknown_user',
        params: { user: toUserId },
      };
    const unreached = unreachedUnit(directory, delegate);
    if (unreached)
      return {
        field,
        problem: `names ${toUserId} of unit ${delegate.unitCode}, who can neither see nor act in unit ${unreached}`,
        code: 'user_out_of_reach',
        params: { user: toUserId, userUnit: delegate.unitCode, unit: unreached },
      };
    const kind = await taskKindOf(connection, workflowId, taskKey);
    const problem = kind ? delegateRoleProblem(kind, delegate.roles) : null;
    if (!kind || !problem) return null;
    const roles = DELEGATE_ROLES[kind];
    return roles
      ? { field, problem, code: 'delegate_role', params: { user: toUserId, kind, roles: [...roles] } }
      : { field, problem, code: 'not_delegated', params: { kind } };
  }

  async decide(
    workflowId: string,
    taskKey: string,
    dto: DecideTaskDto,
    user: AuthenticatedUser,
  ): Promise<TaskCommandAnswer> {
    if (dto.verdict !== 'approve' && !dto.comment?.trim())
      throw badRequest([
        {
          field: 'comment',
          problem: `is required to ${dto.verdict}: the reason goes back to HR`,
          code: 'required_for_choice',
          params: { choice: dto.verdict },
        },
      ]);
    const answer = await this.send(workflowId, user, decideTaskUpdate, {
      actor: actorOf(user),
      taskKey,
      verdict: dto.verdict,
      ...(dto.comment ? { comment: dto.comment } : {}),
    });
    // Counted once the workflow accepted it: a refused or failed decision is no decision. The kind is
    // the id's first segment of a procedure that exists (scope-checked in send).
    this.metrics.decisions.inc({ procedure_kind: workflowId.split('/')[0], outcome: dto.verdict });
    return answer;
  }

  /** Approves each item with its own Update; one refusal never stops the others. */
  async bulkApprove(dto: BulkDecideDto, user: AuthenticatedUser): Promise<BulkDecideItemResult[]> {
    const results: BulkDecideItemResult[] = new Array(dto.items.length);
    let next = 0;
    const work = async () => {
      for (let i = next++; i < dto.items.length; i = next++) {
        const { workflowId, taskKey } = dto.items[i];
        try {
          await this.decide(workflowId, taskKey, { verdict: 'approve', comment: dto.comment }, user);
          results[i] = { workflowId, taskKey, ok: true };
        } catch (error) {
          if (!(error instanceof HttpException)) throw error;
          results[i] = { workflowId, taskKey, ok: false, ...refusalOf(error) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, dto.items.length) }, work));
    return results;
  }

  /** Sends the Update to a procedure in the user's scope (checked here unless the caller already did). */
  private async send<C>(
    workflowId: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<TaskUpdateAnswer, [C]>,
    command: NoInfer<C>,
    scoped?: ProcedureScope,
  ): Promise<TaskCommandAnswer> {
    const procedure = scoped ?? (await this.access.scoped(workflowId, user));
    const answer = await this.answers.procedure(workflowId, update, command);
    return taskCommandAnswer(workflowId, answer, procedure, user, todayInVietnam());
  }
}

/** A failed item's code (the workflow's refusal code, else the HTTP status text) and message. */
function refusalOf(error: HttpException): { code: string; message: string } {
  const body = error.getResponse() as { code?: string; message?: string };
  return {
    code: body.code ?? httpStatusText(error.getStatus()),
    message: typeof body.message === 'string' ? body.message : error.message,
  };
}
