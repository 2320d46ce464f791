import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  formatConfidenceVoteId,
  initialConfidenceVoteDetail,
  WorkflowTypes,
  type AuthenticatedUser,
  type ConfidenceVoteInput,
  type ConfidenceVoteView,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import { defaultLegalBasis, ruleParameters } from '@personnel/domain';
import { badRequest } from '../http/validation.pipe';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { ProcedureWorkflowsGateway } from '../procedures/procedure-workflows.gateway';
import { UnitScope } from '../procedures/unit-scope';
import { todayInVietnam } from '../registry/common/today';
import { partyDirectory, timingNotAllowed } from '../procedures/party-checks';
import { holderProblems, partyProblems } from './confidence-vote-checks';
import { ConfidenceVoteStores } from './confidence-vote-stores';
import type { StartConfidenceVoteDto } from './dto/confidence-vote.dto';

const MAX_ID_ATTEMPTS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_REMINDER_WORKING_DAYS = 2;
const DEFAULT_CONFERENCE_DEADLINE_MS = 30 * DAY_MS;

/**
 * HR starts a confidence vote of a unit's post holders: every bad field named (registry, directory,
 * separation of duties), the unit inside the proposer's scope, then the workflow starts as
 * `confidence_vote/<unit>/<year>/<next n>` (several a year are possible: a vote withdrawn and held again).
 */
@Injectable()
export class ConfidenceVoteStartService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
    private readonly stores: ConfidenceVoteStores,
    private readonly workflows: ProcedureWorkflowsGateway,
  ) {}

  async start(
    dto: StartConfidenceVoteDto,
    proposer: AuthenticatedUser,
    now = new Date(),
  ): Promise<ConfidenceVoteView> {
    const queries = await this.stores.votes();
    const connection = await this.database.connection();
    const problems = [
      ...holderProblems(dto, await queries.holders(dto.unitCode)),
      ...(await partyProblems(dto, proposer, await partyDirectory(connection, [dto.unitCode]))),
    ];
    if (dto.timing && this.config.appointmentTimingOverrides !== true) problems.push(timingNotAllowed());
    if (problems.length > 0) throw badRequest(problems);
    await this.scope.assertActionable(proposer, dto.unitCode, `Unit ${dto.unitCode}`);

    const input = confidenceVoteInput(dto, proposer, now);
    let sequence = await queries.nextSequence(dto.unitCode, dto.year);
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++, sequence++) {
      const id = formatConfidenceVoteId(dto.unitCode, dto.year, sequence);
      const outcome = await this.workflows.startRecorded({
        workflowType: WorkflowTypes.confidenceVote,
        workflowId: id,
        input,
        identity: {
          kind: 'confidence_vote',
          candidateIds: input.holders.map((h) => h.cadreId),
          unitCode: input.unitCode,
          postId: null,
          legalBasis: input.legalBasis,
          stage: 'key_cadre_conference',
          at: input.proposedAt,
        },
        memo: {
          unitCode: input.unitCode,
          year: input.year,
          holders: input.holders.map((h) => `${h.cadreId} (${h.postId})`),
          proposedBy: input.proposedBy,
        },
      });
      // The workflow said its first step is in Postgres: one read of it, no polling.
      if (outcome.started)
        return (outcome.firstStep ? await viewOf(id) : undefined) ?? pendingView(id, input);
    }
    throw new ConflictException(
      `Could not allocate a confidence-vote id for ${dto.unitCode}/${dto.year}: retry`,
    );

    async function viewOf(id: string): Promise<ConfidenceVoteView | undefined> {
      const found = await queries.get(id);
      if (!found) return undefined;
      const { timeline: _timeline, tasks: _tasks, ...view } = found;
      return view;
    }
  }
}

/** The workflow's input: the request as plain data, the basis pinned, the actor from the token. */
function confidenceVoteInput(
  dto: StartConfidenceVoteDto,
  proposer: AuthenticatedUser,
  now: Date,
): ConfidenceVoteInput {
  const legalBasis = dto.legalBasis ?? defaultLegalBasis('appointment', todayInVietnam(now));
  const body = (b: StartConfidenceVoteDto['keyCadres']) => ({
    summonedIds: [...b.summonedIds],
    secretaryId: b.secretaryId,
    headId: b.headId,
  });
  return {
    unitCode: dto.unitCode,
    year: dto.year,
    holders: dto.holders.map((h) => ({ cadreId: h.cadreId, postId: h.postId })),
    keyCadres: body(dto.keyCadres),
    collective: body(dto.collective),
    legalBasis,
    proposedBy: proposer.username,
    proposedAt: now.toISOString(),
    timing: {
      taskWorkingDays: ruleParameters(legalBasis).policyApprovalWorkingDays.value,
      reminderWorkingDays: DEFAULT_REMINDER_WORKING_DAYS,
      conferenceDeadlineMs: DEFAULT_CONFERENCE_DEADLINE_MS,
      ...Object.fromEntries(Object.entries(dto.timing ?? {}).filter(([, v]) => v !== undefined)),
    },
  };
}

/** What a 201 answers when no worker recorded the first step in time: the vote is durable anyway. */
function pendingView(id: string, input: ConfidenceVoteInput): ConfidenceVoteView {
  const detail = initialConfidenceVoteDetail(input);
  return {
    ...detail,
    id,
    unitCode: input.unitCode,
    unitName: null,
    state: 'in_progress',
    stage: 'key_cadre_conference',
    legalBasis: input.legalBasis,
    holders: detail.holders.map((h) => ({ ...h, cadreName: null, postTitle: null })),
    results: [],
    proposedBy: input.proposedBy,
    proposedAt: input.proposedAt,
    stageEnteredAt: input.proposedAt,
    dueAt: null,
    overdue: false,
    updatedAt: input.proposedAt,
  };
}
