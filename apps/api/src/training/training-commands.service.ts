import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  cancelTrainingClassUpdate,
  closeTrainingSessionUpdate,
  completeTrainingClassUpdate,
  enrolTraineesUpdate,
  recordTrainingAttendanceUpdate,
  startTrainingSessionUpdate,
  withdrawTraineeUpdate,
  type ActorRef,
  type AuthenticatedUser,
  type FieldProblemCode,
  type FieldProblemParams,
  type TrainingClassStatus,
} from '@personnel/contracts';
import { AppointmentStores } from '../appointments/appointment-stores';
import { badRequest } from '../http/validation.pipe';
import { ProcedureAccess } from '../procedures/procedure-access';
import { actorOf } from '../procedures/procedure-actor';
import { UnitScope } from '../procedures/unit-scope';
import { UpdateAnswers } from '../procedures/update-answers';
import type {
  CancelTrainingClassDto,
  CompleteTrainingClassDto,
  EnrolTraineesDto,
  TrainingAttendanceDto,
  WithdrawTraineeDto,
} from './dto/training-requests.dto';
import { TrainingStores } from './training-stores';

/** A reference to something the registry or the document store does not have: 422 naming the field. */
function unknownReference(
  field: string,
  problem: string,
  code: FieldProblemCode,
  params: FieldProblemParams,
): UnprocessableEntityException {
  return new UnprocessableEntityException({
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: `${field} ${problem}`,
    code: 'unknown_reference',
    details: [{ field, problem, code, params }],
  });
}

/**
 * A class's commands: each an Update the workflow validates when it applies it, with the signed-in user
 * as the actor, after the unit-scope check of the one procedure row. Enrolments resolve the registry
 * first (who the cadre is, the unit's cadres now, who already completed the course).
 */
@Injectable()
export class TrainingCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
    private readonly scope: UnitScope,
    private readonly stores: TrainingStores,
    private readonly appointmentStores: AppointmentStores,
  ) {}

  async enrol(id: string, dto: EnrolTraineesDto, user: AuthenticatedUser): Promise<TrainingClassStatus> {
    if ((dto.cadreId === undefined) === (dto.unitCode === undefined))
      throw badRequest(
        (['cadreId', 'unitCode'] as const).map((field) => ({
          field,
          problem: 'give either cadreId (one cadre) or unitCode (a whole unit), not both',
          code: 'cadre_or_unit' as const,
          params: {},
        })),
      );
    await this.access.scoped(id, user);
    const courseCode = await this.courseOf(id);
    const lookups = await this.stores.lookups();
    if (dto.cadreId !== undefined) {
      const cadre = await lookups.cadre(dto.cadreId);
      if (!cadre)
        throw unknownReference('cadreId', `no cadre has code ${dto.cadreId}`, 'unknown_cadre', {
          cadre: dto.cadreId,
        });
      if (cadre.status !== 'active')
        throw unknownReference(
          'cadreId',
          `cadre ${cadre.cadreId} is ${cadre.status}, not active`,
          'cadre_not_active',
          {
            cadre: cadre.cadreId,
            status: cadre.status,
          },
        );
      const completed = await lookups.completedCourse(courseCode, [cadre.cadreId]);
      return this.send(id, user, enrolTraineesUpdate, (actor) => ({
        actor,
        source: { kind: 'cadre' as const },
        cadres: [{ cadreId: cadre.cadreId, unitCode: cadre.unitCode }],
        completedCadreIds: completed,
      }));
    }
    const unitCode = dto.unitCode as string;
    if (!(await lookups.unit(unitCode)))
      throw unknownReference('unitCode', `no unit has code ${unitCode}`, 'unknown_unit', { unit: unitCode });
    await this.scope.assertActionable(user, unitCode, `Unit ${unitCode}`);
    const cadres = await lookups.cadresOfUnit(unitCode);
    if (cadres.length === 0)
      throw unknownReference(
        'unitCode',
        `nobody is currently assigned in unit ${unitCode}`,
        'no_current_holders',
        {
          unit: unitCode,
        },
      );
    const completed = await lookups.completedCourse(
      courseCode,
      cadres.map((c) => c.cadreId),
    );
    return this.send(id, user, enrolTraineesUpdate, (actor) => ({
      actor,
      source: { kind: 'unit' as const, unitCode },
      cadres: cadres.map((c) => ({ cadreId: c.cadreId, unitCode: c.unitCode })),
      completedCadreIds: completed,
    }));
  }

  withdraw(id: string, dto: WithdrawTraineeDto, user: AuthenticatedUser) {
    return this.scopedSend(id, user, withdrawTraineeUpdate, (actor) => ({
      actor,
      cadreId: dto.cadreId,
      ...(dto.reason ? { reason: dto.reason } : {}),
    }));
  }

  attendance(id: string, dto: TrainingAttendanceDto, user: AuthenticatedUser) {
    return this.scopedSend(id, user, recordTrainingAttendanceUpdate, (actor) => ({
      actor,
      entries: dto.entries.map((e) => ({
        cadreId: e.cadreId,
        attended: e.attended,
        ...(e.note ? { note: e.note } : {}),
      })),
    }));
  }

  startSession(id: string, user: AuthenticatedUser) {
    return this.scopedSend(id, user, startTrainingSessionUpdate, (actor) => ({ actor }));
  }

  closeSession(id: string, user: AuthenticatedUser) {
    return this.scopedSend(id, user, closeTrainingSessionUpdate, (actor) => ({ actor }));
  }

  async complete(
    id: string,
    dto: CompleteTrainingClassDto,
    user: AuthenticatedUser,
  ): Promise<TrainingClassStatus> {
    await this.access.scoped(id, user);
    const documentIds = dto.results.flatMap((r) =>
      r.certificateDocumentId ? [r.certificateDocumentId] : [],
    );
    if (documentIds.length > 0) {
      const known = new Set(
        (await (await this.appointmentStores.documents()).metas(documentIds)).map((d) => d.id),
      );
      const i = dto.results.findIndex((r) => r.certificateDocumentId && !known.has(r.certificateDocumentId));
      if (i >= 0)
        throw unknownReference(
          `results[${i}].certificateDocumentId`,
          `no uploaded document has id ${dto.results[i].certificateDocumentId}`,
          'unknown_document',
          { document: dto.results[i].certificateDocumentId ?? null },
        );
    }
    return this.send(id, user, completeTrainingClassUpdate, (actor) => ({
      actor,
      results: dto.results.map((r) => ({
        cadreId: r.cadreId,
        passed: r.passed,
        ...(r.certificateNumber ? { certificateNumber: r.certificateNumber } : {}),
        ...(r.certificateDocumentId ? { certificateDocumentId: r.certificateDocumentId } : {}),
      })),
    }));
  }

  cancel(id: string, dto: CancelTrainingClassDto, user: AuthenticatedUser) {
    return this.scopedSend(id, user, cancelTrainingClassUpdate, (actor) => ({ actor, reason: dto.reason }));
  }

  private async courseOf(id: string): Promise<string> {
    const found = await (await this.stores.classes()).get(id);
    if (!found) throw new NotFoundException(`No training class ${id}`);
    return found.courseCode;
  }

  private async scopedSend<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<TrainingClassStatus, [C]>,
    command: (actor: ActorRef) => C,
  ): Promise<TrainingClassStatus> {
    await this.access.scoped(id, user);
    return this.send(id, user, update, command);
  }

  private send<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<TrainingClassStatus, [C]>,
    command: (actor: ActorRef) => C,
  ): Promise<TrainingClassStatus> {
    return this.answers.procedure(id, update, command(actorOf(user)));
  }
}
