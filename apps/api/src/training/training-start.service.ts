import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  formatTrainingClassId,
  initialTrainingClassDetail,
  WorkflowTypes,
  type AuthenticatedUser,
  type TrainingClassInput,
  type TrainingClassView,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { badRequest } from '../http/validation.pipe';
import { API_CONFIG } from '../infrastructure/tokens';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { timingNotAllowed, type FieldProblem } from '../procedures/party-checks';
import { UnitScope } from '../procedures/unit-scope';
import type { StartTrainingClassDto } from './dto/training-requests.dto';
import { TrainingStores } from './training-stores';

/**
 * HR opens a class: each bad field named (the course, the unit, the dates), the organising unit inside
 * the organiser's scope, then the workflow starts as `training/<classCode>` (a code in use is a 409).
 */
@Injectable()
export class TrainingStartService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly scope: UnitScope,
    private readonly workflows: ProcedureWorkflowsGateway,
    private readonly stores: TrainingStores,
  ) {}

  async start(
    dto: StartTrainingClassDto,
    organiser: AuthenticatedUser,
    now = new Date(),
  ): Promise<TrainingClassView> {
    const lookups = await this.stores.lookups();
    const problems: FieldProblem[] = [];
    if (dto.endDate < dto.startDate)
      problems.push({
        field: 'endDate',
        problem: `must be on or after startDate (${dto.startDate})`,
        code: 'before_start',
        params: { startField: 'startDate', start: dto.startDate },
      });
    const course = await lookups.course(dto.courseCode);
    if (!course)
      problems.push({
        field: 'courseCode',
        problem: `no training course has code ${dto.courseCode}`,
        code: 'unknown_course',
        params: { course: dto.courseCode },
      });
    else if (!course.active)
      problems.push({
        field: 'courseCode',
        problem: `training course ${dto.courseCode} is deactivated`,
        code: 'inactive_course',
        params: { course: dto.courseCode },
      });
    if (!(await lookups.unit(dto.unitCode)))
      problems.push({
        field: 'unitCode',
        problem: `no unit has code ${dto.unitCode}`,
        code: 'unknown_unit',
        params: { unit: dto.unitCode },
      });
    if (dto.timing && this.config.appointmentTimingOverrides !== true) problems.push(timingNotAllowed());
    if (problems.length > 0) throw badRequest(problems);
    await this.scope.assertActionable(organiser, dto.unitCode, `Unit ${dto.unitCode}`);

    const input: TrainingClassInput = {
      classCode: dto.classCode,
      courseCode: dto.courseCode,
      title: dto.title,
      startDate: dto.startDate,
      endDate: dto.endDate,
      place: dto.place,
      unitCode: dto.unitCode,
      capacity: dto.capacity ?? null,
      organiserId: organiser.username,
      proposedAt: now.toISOString(),
      timing: { ...(dto.timing ?? {}) },
    };
    const id = formatTrainingClassId(dto.classCode);
    const outcome = await this.workflows.startRecorded({
      workflowType: WorkflowTypes.training,
      workflowId: id,
      input,
      identity: {
        kind: 'training',
        candidateIds: [],
        unitCode: input.unitCode,
        postId: null,
        legalBasis: null,
        stage: 'opened',
        at: input.proposedAt,
      },
      memo: {
        course: input.courseCode,
        title: input.title,
        dates: `${input.startDate} … ${input.endDate}`,
        place: input.place,
        organiser: input.organiserId,
      },
    });
    if (!outcome.started)
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `A class with code ${dto.classCode} already exists: choose another code`,
        code: 'duplicate',
        details: [
          {
            field: 'classCode',
            problem: `${dto.classCode} is already in use`,
            code: 'class_code_in_use',
            params: { classCode: dto.classCode },
          },
        ],
      });
    // The workflow said its opening step is in Postgres: one read of the class, no polling. Without that
    // answer within 3 s (no worker yet) the class is durable anyway: the answer comes from the input.
    const found = outcome.firstStep ? await this.openedView(id) : undefined;
    return found ?? pendingView(id, input, course?.title ?? null);
  }

  /** The class as its opening step recorded it, without its journal and names. */
  private async openedView(id: string): Promise<TrainingClassView | undefined> {
    const page = await (await this.stores.classes()).get(id);
    if (!page) return undefined;
    const { timeline: _t, cadreNames: _c, unitNames: _u, ...view } = page;
    return view;
  }
}

/** What a 201 answers when no worker recorded the opening in time: the class is durable anyway. */
function pendingView(id: string, input: TrainingClassInput, courseTitle: string | null): TrainingClassView {
  return {
    ...initialTrainingClassDetail(input),
    id,
    state: 'in_progress',
    stage: 'opened',
    courseTitle,
    unitName: null,
    enrolledCount: 0,
    proposedAt: input.proposedAt,
    stageEnteredAt: input.proposedAt,
    updatedAt: input.proposedAt,
  };
}
