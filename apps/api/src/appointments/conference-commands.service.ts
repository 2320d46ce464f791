import { Injectable, NotFoundException } from '@nestjs/common';
import {
  appointmentStatusQuery,
  conferenceWorkflowId,
  type AppointmentBodies,
  type AuthenticatedUser,
  type ConferenceStatus,
  type ConferenceView,
  type ProcedureStepKind,
  type ProcedureStepRecord,
} from '@personnel/contracts';
import { ProcedureAccess } from '../procedures/procedure-access';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import type { AttendanceDto, HeadDecisionDto, TallyDto } from './dto/appointment.dto';
import { ConferenceCommands } from '../procedures/conference-commands';

/** Which conference body sits at each collective step. */
const BODY_OF_STEP: Record<ProcedureStepKind, keyof AppointmentBodies> = {
  collective_proposes: 'collective',
  collective_selects: 'collective',
  collective_votes: 'collective',
  expanded_conference: 'expandedConference',
  key_cadre_conference: 'keyCadreConference',
  home_unit_consultation: 'homeUnitConference',
};

/**
 * The record of step `index` as it stands: its latest attempt, whether the procedure keeps one record per
 * step (its `attempt` rising) or one per attempt. A status from before attempts has none: the first.
 */
export function latestAttempt(
  steps: readonly ProcedureStepRecord[],
  index: number,
): ProcedureStepRecord | undefined {
  let latest: ProcedureStepRecord | undefined;
  for (const step of steps)
    if (step.index === index && (!latest || (step.attempt ?? 1) >= (latest.attempt ?? 1))) latest = step;
  return latest;
}

/**
 * The conferences of a procedure: who sits and how it stands, and the secretary's and head's commands.
 * Each command is scope-checked on the appointment, then sent to the conference's own workflow, which
 * checks the actor is its secretary or head.
 */
@Injectable()
export class ConferenceCommandsService {
  constructor(
    private readonly workflows: ProcedureWorkflowsGateway,
    private readonly access: ProcedureAccess,
    private readonly commands: ConferenceCommands,
  ) {}

  async conference(id: string, index: number, user: AuthenticatedUser): Promise<ConferenceView> {
    await this.access.scoped(id, user);
    const [status, bodies] = await Promise.all([
      this.workflows.requiredStatus(id, appointmentStatusQuery),
      this.workflows.memo<AppointmentBodies>(id, 'bodies'),
    ]);
    const step = latestAttempt(status?.steps ?? [], index);
    if (!status || !step) throw new NotFoundException(`No conference ${index} of ${id} (yet)`);
    // The same workflow id for every attempt: without a run id the query reaches the latest run.
    const conferenceId = step.conferenceId || conferenceWorkflowId(id, index);
    const live = await this.workflows.conferenceStatus(conferenceId);
    // The step records who sat; before it did, the procedure's current bodies (as HR changed them), and
    // procedures older than those fall back to the bodies in the memo (set at the start).
    const bodyOf = BODY_OF_STEP[step.kind];
    const body = step.body ?? status.bodies?.[bodyOf] ?? bodies?.[bodyOf];
    return {
      id: conferenceId,
      appointmentId: id,
      stepIndex: index,
      attempt: step.attempt ?? 1,
      kind: step.kind,
      summonedIds: body?.summonedIds ?? [],
      secretaryId: body?.secretaryId ?? '',
      headId: body?.headId ?? '',
      candidates: step.candidates,
      status:
        live ??
        (step.result
          ? { stage: 'closed', awaitingHead: [], result: step.result }
          : { stage: 'convened', awaitingHead: [] }),
    };
  }

  attendance(
    id: string,
    index: number,
    dto: AttendanceDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.attendance(id, index, dto, user);
  }

  tally(id: string, index: number, dto: TallyDto, user: AuthenticatedUser): Promise<ConferenceStatus> {
    return this.commands.tally(id, index, dto, user);
  }

  headDecision(
    id: string,
    index: number,
    dto: HeadDecisionDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.commands.headDecision(id, index, dto, user);
  }
}
