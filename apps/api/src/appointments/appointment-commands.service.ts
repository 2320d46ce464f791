import { HttpException, Injectable, NotFoundException } from '@nestjs/common';
import {
  changeBodiesUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  delegateTaskUpdate,
  grantExceptionUpdate,
  issueDecisionUpdate,
  parseAppointmentId,
  reconveneUpdate,
  resubmitUpdate,
  submitSelfAssessmentUpdate,
  unclaimTaskUpdate,
  withdrawAppointmentUpdate,
  type AppointmentBodies,
  type AppointmentStatus,
  type AuthenticatedUser,
  type BulkApproveItemResult,
} from '@personnel/contracts';
import type { UpdateDefinition } from '@temporalio/common';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { AppointmentAccess } from './appointment-access';
import { actorOf } from './appointment-actor';
import { AppointmentStores } from './appointment-stores';
import { documentRefs } from './document-refs';
import type {
  BulkApproveDto,
  ChangeBodiesDto,
  DecideTaskDto,
  DelegateTaskDto,
  IssueDecisionDto,
  ReasonDto,
  ReconveneDto,
  ResubmitDto,
  SelfAssessmentDto,
} from './dto/appointment.dto';
import {
  checkDirectory,
  checkSeparationOfDuties,
  namedBodyUsers,
  type FieldProblem,
} from './start-checks';
import { httpStatusText, UpdateAnswers } from './update-answers';

const BULK_CONCURRENCY = 5;
const BODY_FIELDS = ['collective', 'expandedConference', 'keyCadreConference', 'homeUnitConference'] as const;

/**
 * Commands on an appointment and its tasks. Each is scope-checked, then sent as an Update carrying the
 * signed-in user as the actor; whether the user may do it now is the workflow's call.
 */
@Injectable()
export class AppointmentCommandsService {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly access: AppointmentAccess,
    private readonly answers: UpdateAnswers,
    private readonly database: DatabaseProvider,
  ) {}

  async grantException(id: string, dto: ReasonDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    return this.send(id, user, grantExceptionUpdate, { actor: actorOf(user), reason: dto.reason });
  }

  async claim(
    id: string,
    taskKey: string,
    user: AuthenticatedUser,
    release = false,
  ): Promise<AppointmentStatus> {
    return this.send(id, user, release ? unclaimTaskUpdate : claimTaskUpdate, {
      actor: actorOf(user),
      taskKey,
    });
  }

  async delegate(
    id: string,
    taskKey: string,
    dto: DelegateTaskDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    if (dto.validUntil < dto.validFrom)
      throw badRequest([{ field: 'validUntil', problem: 'must not be before validFrom' }]);
    return this.send(id, user, delegateTaskUpdate, {
      actor: actorOf(user),
      taskKey,
      toUserId: dto.toUserId,
      validFrom: dto.validFrom,
      validUntil: dto.validUntil,
      reason: dto.reason,
    });
  }

  async decide(
    id: string,
    taskKey: string,
    dto: DecideTaskDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    if (dto.verdict !== 'approve' && !dto.comment?.trim())
      throw badRequest([
        { field: 'comment', problem: `is required to ${dto.verdict}: the reason goes back to HR` },
      ]);
    return this.send(id, user, decideTaskUpdate, {
      actor: actorOf(user),
      taskKey,
      verdict: dto.verdict,
      ...(dto.comment ? { comment: dto.comment } : {}),
    });
  }

  async resubmit(id: string, dto: ResubmitDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    const problems: FieldProblem[] = [];
    const documents = await documentRefs(
      await this.stores.documents(),
      dto.documentIds ?? [],
      'documentIds',
      problems,
    );
    if (problems.length > 0) throw badRequest(problems);
    return this.send(id, user, resubmitUpdate, {
      actor: actorOf(user),
      comment: dto.comment,
      ...(documents.length ? { documents } : {}),
    });
  }

  /**
   * The holder's self-assessment when the reappointment notice has fired. Any signed-in user may send it:
   * the workflow accepts the holder of the post, an assignee of the task or HR, and refuses anyone else.
   */
  async submitSelfAssessment(
    id: string,
    dto: SelfAssessmentDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    const problems: FieldProblem[] = [];
    const documents = await documentRefs(
      await this.stores.documents(),
      dto.documentIds ?? [],
      'documentIds',
      problems,
    );
    if (problems.length > 0) throw badRequest(problems);
    return this.send(id, user, submitSelfAssessmentUpdate, {
      actor: actorOf(user),
      summary: dto.summary,
      ...(documents.length ? { documents } : {}),
    });
  }

  async withdraw(id: string, dto: ReasonDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    return this.send(id, user, withdrawAppointmentUpdate, { actor: actorOf(user), reason: dto.reason });
  }

  /** Convenes collective step `stepIndex` again after its conference was not held (HR or its secretary). */
  async reconvene(
    id: string,
    stepIndex: number,
    dto: ReconveneDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.send(id, user, reconveneUpdate, { actor: actorOf(user), stepIndex, reason: dto.reason });
  }

  /**
   * HR replaces who sits in the conferences not yet convened. The same checks as the start: every named
   * user active in the directory, neither the procedure's proposer nor a candidate's own account in a body.
   */
  async changeBodies(id: string, dto: ChangeBodiesDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    const bodies: Partial<AppointmentBodies> = {};
    for (const field of BODY_FIELDS) {
      const body = dto[field];
      if (body)
        bodies[field] = {
          summonedIds: [...body.summonedIds],
          secretaryId: body.secretaryId,
          headId: body.headId,
        };
    }
    if (Object.keys(bodies).length === 0)
      throw badRequest([
        { field: 'collective', problem: `or another body (${BODY_FIELDS.join(', ')}) must be given` },
      ]);
    const appointment = await this.access.readable(id, user);
    const problems: FieldProblem[] = [];
    const named = namedBodyUsers(bodies);
    const connection = await this.database.connection();
    const candidateUsers = await checkDirectory(
      (sql, params) => connection.query(sql, params),
      named,
      appointment.candidateIds,
      problems,
    );
    problems.push(...checkSeparationOfDuties(named, appointment.proposedBy, candidateUsers));
    if (problems.length > 0) throw badRequest(problems);
    return this.answers.appointment(id, changeBodiesUpdate, {
      actor: actorOf(user),
      ...bodies,
      reason: dto.reason,
    });
  }

  async issueDecision(
    id: string,
    dto: IssueDecisionDto,
    user: AuthenticatedUser,
  ): Promise<AppointmentStatus> {
    return this.send(id, user, issueDecisionUpdate, {
      actor: actorOf(user),
      number: dto.number,
      effectiveDate: dto.effectiveDate,
    });
  }

  /** Approves each item with its own Update; one refusal never stops the others. */
  async bulkApprove(dto: BulkApproveDto, user: AuthenticatedUser): Promise<BulkApproveItemResult[]> {
    const results: BulkApproveItemResult[] = new Array(dto.items.length);
    let next = 0;
    const work = async () => {
      for (let i = next++; i < dto.items.length; i = next++) {
        const { appointmentId, taskKey } = dto.items[i];
        try {
          if (!parseAppointmentId(appointmentId))
            throw new NotFoundException(`No appointment ${appointmentId}`);
          await this.decide(appointmentId, taskKey, { verdict: 'approve', comment: dto.comment }, user);
          results[i] = { appointmentId, taskKey, ok: true };
        } catch (error) {
          if (!(error instanceof HttpException)) throw error;
          results[i] = { appointmentId, taskKey, ok: false, ...refusalOf(error) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, dto.items.length) }, work));
    return results;
  }

  /** Scope-checks, then sends the Update to the appointment's workflow. */
  private async send<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<AppointmentStatus, [C]>,
    // The command's type comes from the Update alone, so a field it does not know fails the build.
    command: NoInfer<C>,
  ): Promise<AppointmentStatus> {
    await this.access.readable(id, user);
    return this.answers.appointment(id, update, command);
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
