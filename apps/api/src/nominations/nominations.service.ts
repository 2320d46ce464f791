import { ConflictException, GatewayTimeoutException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type AuthenticatedUser,
  formatNominationId,
  parseNominationId,
  type DecisionCommand,
  type DecisionResult,
  type NominationDetail,
  type NominationStatus,
  type NominationView,
  type Page,
} from '@personnel/contracts';
import { checkNominationProposal } from '@personnel/domain';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { badRequest } from '../http/validation.pipe';
import {
  DECISION_DEADLINE_MS,
  NominationWorkflowsGateway,
  type UpdateOutcome,
} from './nomination-workflows.gateway';
import type { DecideDto, WithdrawDto } from './dto/decide.dto';
import type { ListNominationsDto } from './dto/list-nominations.dto';
import type { StartNominationDto, StartNominationResponseDto } from './dto/start-nomination.dto';

/** How long a start waits for the worker to record the proposal before answering without it. */
const PROPOSAL_VISIBLE_WAIT_MS = 3_000;

/** Ids are tried upwards from the last one recorded; each clash with a running start moves on by one. */
const MAX_ID_ATTEMPTS = 20;

@Injectable()
export class NominationsService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly workflows: NominationWorkflowsGateway,
  ) {}

  /** The proposer is the signed-in user; the body never names who acts. */
  async start(
    dto: StartNominationDto,
    proposer: AuthenticatedUser,
    now: Date = new Date(),
  ): Promise<StartNominationResponseDto> {
    const problems = checkNominationProposal({ ...dto, proposedBy: proposer.username });
    if (problems.length > 0) throw badRequest(problems);

    const input = {
      cadreId: dto.cadreId,
      postId: dto.postId,
      approverIds: dto.approverIds,
      proposedBy: proposer.username,
      proposedAt: now.toISOString(),
    };
    let sequence = (await (await this.database.nominations()).lastSequence(dto.cadreId, dto.postId)) + 1;
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++, sequence++) {
      const id = formatNominationId({ cadreId: dto.cadreId, postId: dto.postId, sequence });
      const outcome = await this.workflows.start(id, input, dto.unitCode);
      if (outcome.started)
        return { id, state: 'pending', runId: outcome.runId, recorded: await this.awaitProposalRecorded(id) };
    }
    throw new ConflictException(
      `Could not allocate a nomination id for ${dto.cadreId} / ${dto.postId}: too many nominations are being started at once; retry`,
    );
  }

  /** Goes straight to the workflow (the source of truth); Postgres only explains a workflow that is gone. */
  async decide(id: string, dto: DecideDto, approver: AuthenticatedUser): Promise<DecisionResult> {
    assertNominationId(id);
    const command: DecisionCommand = {
      approverId: approver.username,
      decision: dto.decision,
      ...(dto.comment ? { comment: dto.comment } : {}),
    };
    return this.answer(id, () => this.workflows.decide(id, command));
  }

  /** The proposer takes the nomination back; the workflow checks it is theirs and still running. */
  async withdraw(id: string, dto: WithdrawDto, proposer: AuthenticatedUser): Promise<NominationStatus> {
    assertNominationId(id);
    return this.answer(id, () =>
      this.workflows.withdraw(id, { actorId: proposer.username, reason: dto.reason }),
    );
  }

  /** Maps an Update's outcome to the HTTP answer: its result, 409 with the reason, or 504 on no worker. */
  private async answer<T>(id: string, send: () => Promise<UpdateOutcome<T>>): Promise<T> {
    let outcome: UpdateOutcome<T>;
    try {
      outcome = await send();
    } catch (error) {
      if (classifyDependencyFailure(error)?.timedOut) {
        throw new GatewayTimeoutException(
          `No worker confirmed the command within ${DECISION_DEADLINE_MS / 1000} s. It may still be applied once a worker is back: ` +
            `check GET /api/v1/nominations/${encodeURIComponent(id)} before sending it again.`,
        );
      }
      throw error;
    }
    if (outcome.kind === 'accepted') return outcome.result;
    if (outcome.kind === 'refused') {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: outcome.message,
        code: outcome.code,
      });
    }
    const known = await this.getOrThrow(id);
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `The nomination is already ${known.state}; no more commands are taken`,
      code: 'finished',
    });
  }

  async get(id: string): Promise<NominationDetail> {
    return this.getOrThrow(id);
  }

  async list(query: ListNominationsDto): Promise<Page<NominationView>> {
    return (await this.database.nominations()).list(query);
  }

  private async getOrThrow(id: string): Promise<NominationDetail> {
    assertNominationId(id);
    const nomination = await (await this.database.nominations()).findById(id);
    if (!nomination) throw new NotFoundException(`No nomination ${id}`);
    return nomination;
  }

  /** Waits (bounded) until the worker has recorded the proposal, so a 201 is normally readable at once. */
  private async awaitProposalRecorded(id: string): Promise<boolean> {
    const queries = await this.database.nominations();
    const deadline = Date.now() + PROPOSAL_VISIBLE_WAIT_MS;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      if (await queries.exists(id)) return true;
      if (Date.now() + delay > deadline) return false;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

function assertNominationId(id: string): void {
  if (!parseNominationId(id))
    throw badRequest([{ field: 'id', problem: 'must look like nomination/<cadreId>/<postId>/<n>' }]);
}
