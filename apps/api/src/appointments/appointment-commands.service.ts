import { Injectable } from '@nestjs/common';
import {
  changeBodiesUpdate,
  grantExceptionUpdate,
  issueDecisionUpdate,
  reconveneUpdate,
  resubmitUpdate,
  submitSelfAssessmentUpdate,
  withdrawAppointmentUpdate,
  type AppointmentBodies,
  type AppointmentStatus,
  type AuthenticatedUser,
} from '@personnel/contracts';
import type { UpdateDefinition } from '@temporalio/common';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { ProcedureAccess } from '../procedures/procedure-access';
import { actorOf } from '../procedures/procedure-actor';
import { AppointmentStores } from './appointment-stores';
import { documentRefs } from './document-refs';
import type {
  ChangeBodiesDto,
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
  partyDirectory,
  type FieldProblem,
} from './start-checks';
import { UpdateAnswers } from '../procedures/update-answers';

const BODY_FIELDS = ['collective', 'expandedConference', 'keyCadreConference', 'homeUnitConference'] as const;

/**
 * The appointment's own commands (its tasks go through the one task API, apps/api/src/tasks). Each is
 * scope-checked on the procedure's one row, then sent as an Update carrying the signed-in user as the
 * actor; whether the user may do it now is the workflow's call.
 */
@Injectable()
export class AppointmentCommandsService {
  constructor(
    private readonly stores: AppointmentStores,
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
    private readonly database: DatabaseProvider,
  ) {}

  async grantException(id: string, dto: ReasonDto, user: AuthenticatedUser): Promise<AppointmentStatus> {
    return this.send(id, user, grantExceptionUpdate, { actor: actorOf(user), reason: dto.reason });
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
        {
          field: 'collective',
          problem: `or another body (${BODY_FIELDS.join(', ')}) must be given`,
          code: 'body_required',
          params: { fields: [...BODY_FIELDS] },
        },
      ]);
    const appointment = await this.access.scoped(id, user);
    const problems: FieldProblem[] = [];
    const named = namedBodyUsers(bodies);
    const connection = await this.database.connection();
    const candidateUsers = await checkDirectory(
      await partyDirectory(connection, [appointment.unitCode]),
      named,
      appointment.subjectCadreIds,
      problems,
    );
    problems.push(...checkSeparationOfDuties(named, appointment.proposedBy, candidateUsers));
    if (problems.length > 0) throw badRequest(problems);
    return this.answers.procedure(id, changeBodiesUpdate, {
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

  /** Scope-checks, then sends the Update to the appointment's workflow. */
  private async send<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<AppointmentStatus, [C]>,
    // The command's type comes from the Update alone, so a field it does not know fails the build.
    command: NoInfer<C>,
  ): Promise<AppointmentStatus> {
    await this.access.scoped(id, user);
    return this.answers.procedure(id, update, command);
  }
}
