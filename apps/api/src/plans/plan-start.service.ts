import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  planTermYears,
  WorkflowTypes,
  type AuthenticatedUser,
  type PlanInput,
  type PlanTiming,
  type PlanView,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { findPlanUnit } from '@personnel/persistence';
import { badRequest } from '../http/validation.pipe';
import { API_CONFIG } from '../infrastructure/tokens';
import { DatabaseProvider } from '../infrastructure/database.provider';
import {
  checkDirectory,
  checkSeparationOfDuties,
  partyDirectory,
  timingNotAllowed,
  type FieldProblem,
  type NamedUser,
} from '../procedures/party-checks';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import type { StartPlanDto } from './dto/plan-requests.dto';
import { PlanReadsService } from './plan-reads.service';
import { planIdOf } from './plan-routes';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_REMINDER_WORKING_DAYS = 2;
const DEFAULT_CONFERENCE_DEADLINE_MS = 30 * DAY_MS;

/**
 * HR opens the plan of a unit for a term: each bad field named (the term, the unit, the directory,
 * separation of duties), the unit inside the proposer's scope, then `plan/<unit>/<term>` starts. One
 * plan per unit and term: a second is a 409 naming the first.
 */
@Injectable()
export class PlanStartService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
    private readonly workflows: ProcedureWorkflowsGateway,
    private readonly reads: PlanReadsService,
  ) {}

  async start(dto: StartPlanDto, proposer: AuthenticatedUser, now = new Date()): Promise<PlanView> {
    const problems: FieldProblem[] = [];
    if (!planTermYears(dto.term))
      problems.push({
        field: 'term',
        problem: 'must span five years, e.g. 2025-2030 or 2030-2035',
        code: 'term_five_years',
        params: {},
      });
    const connection = await this.database.connection();
    const unit = await findPlanUnit(connection, dto.unitCode);
    if (!unit)
      problems.push({
        field: 'unitCode',
        problem: `names no unit of the registry (${dto.unitCode})`,
        code: 'unknown_unit',
        params: { unit: dto.unitCode },
      });
    else if (!unit.active)
      problems.push({
        field: 'unitCode',
        problem: `names an inactive unit (${dto.unitCode})`,
        code: 'inactive_unit',
        params: { unit: dto.unitCode },
      });
    if (dto.timing && this.config.appointmentTimingOverrides !== true) problems.push(timingNotAllowed());
    const named = namedParties(dto);
    await checkDirectory(await partyDirectory(connection, [dto.unitCode]), named, [], problems);
    problems.push(
      ...checkSeparationOfDuties(
        named.filter((n) => !n.field.startsWith('hrIds')),
        proposer.username,
        new Map(),
      ),
    );
    if (problems.length > 0) throw badRequest(problems);
    await this.scope.assertActionable(proposer, dto.unitCode, `Unit ${dto.unitCode}`);

    const input = planInput(dto, proposer, now);
    const id = planIdOf(dto.unitCode, dto.term);
    const outcome = await this.workflows.startRecorded({
      workflowType: WorkflowTypes.plan,
      workflowId: id,
      input,
      identity: {
        kind: 'plan',
        candidateIds: [],
        unitCode: input.unitCode,
        postId: null,
        legalBasis: input.legalBasis,
        stage: 'drafting',
        at: input.proposedAt,
      },
      memo: {
        unitCode: input.unitCode,
        term: input.term,
        proposedBy: input.proposedBy,
        signerId: input.signerId,
      },
    });
    if (!outcome.started)
      throw new ConflictException(
        `The plan of ${dto.unitCode} for ${dto.term} was opened already (${id}): open it instead`,
      );
    // The workflow said its proposal step is in Postgres: one read of the board, no polling. Without that
    // answer within 3 s (no worker yet) the plan is durable anyway: the board follows.
    const view = outcome.firstStep ? await this.reads.find(id, proposer) : undefined;
    return view ?? this.reads.get(id, proposer);
  }
}

function planInput(dto: StartPlanDto, proposer: AuthenticatedUser, now: Date): PlanInput {
  const legalBasis = dto.legalBasis ?? defaultLegalBasis('planning', todayInVietnam(now));
  const timing: PlanTiming = {
    taskWorkingDays: ruleParameters(legalBasis).policyApprovalWorkingDays.value,
    reminderWorkingDays: DEFAULT_REMINDER_WORKING_DAYS,
    conferenceDeadlineMs: DEFAULT_CONFERENCE_DEADLINE_MS,
    ...Object.fromEntries(Object.entries(dto.timing ?? {}).filter(([, v]) => v !== undefined)),
  };
  const body = (b: StartPlanDto['keyCadre']) => ({
    summonedIds: [...b.summonedIds],
    secretaryId: b.secretaryId,
    headId: b.headId,
  });
  return {
    unitCode: dto.unitCode,
    term: dto.term,
    legalBasis,
    proposedBy: proposer.username,
    proposedAt: now.toISOString(),
    hrIds: (dto.hrIds ?? []).filter((u) => u !== proposer.username),
    keyCadre: body(dto.keyCadre),
    collective: body(dto.collective),
    signerId: dto.signerId,
    timing,
  };
}

/** Every user the request names, with the field that names them. */
function namedParties(dto: StartPlanDto): NamedUser[] {
  const named: NamedUser[] = [];
  for (const [name, body] of [
    ['keyCadre', dto.keyCadre],
    ['collective', dto.collective],
  ] as const) {
    body.summonedIds.forEach((userId, i) => named.push({ field: `${name}.summonedIds[${i}]`, userId }));
    named.push({ field: `${name}.secretaryId`, userId: body.secretaryId });
    named.push({ field: `${name}.headId`, userId: body.headId });
  }
  named.push({ field: 'signerId', userId: dto.signerId });
  (dto.hrIds ?? []).forEach((userId, i) => named.push({ field: `hrIds[${i}]`, userId }));
  return named;
}
