import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  formatRotationId,
  initialRotationDetail,
  type AuthenticatedUser,
  type RotationView,
} from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import type { RotationQueries } from '@personnel/persistence';
import { badRequest } from '../http/validation.pipe';
import { API_CONFIG } from '../infrastructure/tokens';
import { timingNotAllowed } from '../procedures/party-checks';
import { UnitScope } from '../procedures/unit-scope';
import type { StartRotationDto } from './dto/rotation-requests.dto';
import { RotationChecks } from './rotation-checks';
import { moveOf, rotationInput } from './rotation-input';
import { RotationStarter } from './rotation-starter';
import { RotationStores } from './rotation-stores';

const MAX_ID_ATTEMPTS = 20;

/**
 * HR proposes one rotation: each bad field named (registry, directory, separation of duties), both
 * units inside the proposer's scope, then the workflow starts as `rotation/<cadre>/<next n>`.
 */
@Injectable()
export class RotationStartService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly checks: RotationChecks,
    private readonly scope: UnitScope,
    private readonly starter: RotationStarter,
    private readonly stores: RotationStores,
  ) {}

  async start(dto: StartRotationDto, proposer: AuthenticatedUser, now = new Date()): Promise<RotationView> {
    const move = moveOf(dto);
    const { problems, lookups } = await this.checks.moves([move], proposer, (_i, name) => name);
    const all = [
      ...problems[0],
      ...(await this.checks.parties(dto, proposer, [move.cadreId], [move.toUnitCode])),
    ];
    if (dto.timing && this.config.appointmentTimingOverrides !== true) all.push(timingNotAllowed());
    if (all.length > 0) throw badRequest(all);
    const fromUnitCode = lookups[0].fromPost?.unitCode as string;
    await this.scope.assertActionable(proposer, fromUnitCode, `Post ${move.fromPostId}`);
    await this.scope.assertActionable(proposer, move.toUnitCode, `Unit ${move.toUnitCode}`);

    const input = rotationInput({
      move,
      parties: dto,
      fromUnitCode,
      legalBasis: dto.legalBasis,
      timing: dto.timing,
      proposer,
      now,
    });
    const queries = await this.stores.rotations();
    let sequence = await queries.nextSequence(move.cadreId);
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++, sequence++) {
      const id = formatRotationId(move.cadreId, sequence);
      const outcome = await this.starter.startRecorded(id, input);
      // The workflow said its first step is in Postgres: one read of it, no polling.
      if (outcome.started)
        return (outcome.firstStep ? await viewOf(queries, id) : undefined) ?? pendingView(id, input);
    }
    throw new ConflictException(`Could not allocate a rotation id for ${move.cadreId}: retry`);
  }
}

/** The rotation's view without its journal and tasks, once its first step is recorded. */
async function viewOf(queries: RotationQueries, id: string): Promise<RotationView | undefined> {
  const found = await queries.get(id);
  if (!found) return undefined;
  const { timeline: _timeline, tasks: _tasks, ...view } = found;
  return view;
}

/** What a 201 answers when no worker recorded the first step in time: the rotation is durable anyway. */
function pendingView(id: string, input: ReturnType<typeof rotationInput>): RotationView {
  return {
    ...initialRotationDetail(input),
    id,
    state: 'in_progress',
    stage: 'eligibility_check',
    legalBasis: input.legalBasis,
    cadreName: null,
    fromPostTitle: null,
    fromUnitName: null,
    toPostTitle: null,
    toUnitName: null,
    proposedBy: input.proposedBy,
    proposedAt: input.proposedAt,
    stageEnteredAt: input.proposedAt,
    dueAt: null,
    overdue: false,
    updatedAt: input.proposedAt,
  };
}
