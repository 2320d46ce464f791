import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { formatRotationId, type AuthenticatedUser, type RotationBatchView } from '@personnel/contracts';
import type { ApiConfig } from '@personnel/config';
import type { NewBatchItem } from '@personnel/persistence';
import { badRequest } from '../http/validation.pipe';
import { API_CONFIG } from '../infrastructure/tokens';
import { timingNotAllowed } from '../procedures/party-checks';
import { UnitScope } from '../procedures/unit-scope';
import type { StartRotationBatchDto } from './dto/rotation-requests.dto';
import { RotationBatchRunner } from './rotation-batch-runner';
import { RotationChecks } from './rotation-checks';
import { moveOf, rotationInput } from './rotation-input';
import { RotationStores } from './rotation-stores';

/**
 * Bulk rotation: every row checked as a single rotation is, a bad row refused with its reasons while
 * the others go on; the batch and each row's workflow id stored in one transaction before anything
 * starts, so the same idempotency key again starts nothing twice (and resumes what was left).
 */
@Injectable()
export class RotationBatchService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly checks: RotationChecks,
    private readonly scope: UnitScope,
    private readonly stores: RotationStores,
    private readonly runner: RotationBatchRunner,
  ) {}

  async start(
    dto: StartRotationBatchDto,
    proposer: AuthenticatedUser,
    now = new Date(),
  ): Promise<RotationBatchView> {
    const requestHash = hashOf(dto);
    const batches = await this.stores.batches();
    const existing = await batches.findByKey(dto.idempotencyKey);
    if (existing) return this.resend(existing, requestHash);

    const moves = dto.rotations.map(moveOf);
    const partyProblems = await this.checks.parties(
      dto.parties,
      proposer,
      moves.map((m) => m.cadreId),
      moves.map((m) => m.toUnitCode),
      'parties.',
    );
    if (dto.timing && this.config.appointmentTimingOverrides !== true) partyProblems.push(timingNotAllowed());
    if (partyProblems.length > 0) throw badRequest(partyProblems);

    const { problems, lookups } = await this.checks.moves(
      moves,
      proposer,
      (i, name) => `rotations[${i}].${name}`,
    );
    const scope = await this.scope.codes(proposer);
    const firstRow = new Map<string, number>();
    moves.forEach((move, i) => {
      const first = firstRow.get(move.cadreId);
      if (first !== undefined)
        problems[i].push({
          field: `rotations[${i}].cadreId`,
          problem: `repeats the cadre of rotations[${first}]`,
          code: 'repeated_cadre',
          params: { cadre: move.cadreId, first: `rotations[${first}]` },
        });
      else firstRow.set(move.cadreId, i);
      const fromUnit = lookups[i].fromPost?.unitCode;
      for (const unit of [fromUnit, move.toUnitCode])
        if (unit && !this.scope.includes(scope, unit))
          problems[i].push({
            field: `rotations[${i}]`,
            problem: `unit ${unit} is outside your unit scope`,
            code: 'outside_scope',
            params: { unit },
          });
    });

    const id = randomUUID();
    const accepted = moves.map((_, i) => i).filter((i) => problems[i].length === 0);
    const sequences = await (
      await this.stores.rotations()
    ).nextSequences(accepted.map((i) => moves[i].cadreId));
    const items: NewBatchItem[] = moves.map((move, i) => {
      if (problems[i].length > 0)
        return { index: i, move, workflowId: null, input: null, problems: problems[i] };
      const input = rotationInput({
        move,
        parties: dto.parties,
        fromUnitCode: lookups[i].fromPost?.unitCode as string,
        legalBasis: dto.legalBasis,
        timing: dto.timing,
        proposer,
        now,
        batchId: id,
      });
      return {
        index: i,
        move,
        workflowId: formatRotationId(move.cadreId, sequences.get(move.cadreId) as number),
        input,
        problems: [],
      };
    });
    const stored = await batches.create(
      { id, idempotencyKey: dto.idempotencyKey, requestHash, createdBy: proposer.username },
      items,
    );
    if (!stored.created) return this.resend(stored.batch, requestHash);
    void this.runner.kick(id);
    return this.view(id);
  }

  async get(id: string): Promise<RotationBatchView> {
    return this.view(id);
  }

  async recent(user: AuthenticatedUser): Promise<{ items: RotationBatchView[] }> {
    const mineOnly = !user.roles.some((r) => r === 'admin' || r === 'leader' || r === 'org_office');
    return { items: await (await this.stores.batches()).recent(20, mineOnly ? user.username : undefined) };
  }

  private async resend(
    existing: { id: string; requestHash: string },
    requestHash: string,
  ): Promise<RotationBatchView> {
    if (existing.requestHash !== requestHash)
      throw new ConflictException(
        'This idempotency key was used for another batch: choose a new key, or send that batch unchanged',
      );
    void this.runner.kick(existing.id);
    return this.view(existing.id);
  }

  private async view(id: string): Promise<RotationBatchView> {
    const found = await (await this.stores.batches()).view(id);
    if (!found) throw new NotFoundException(`No rotation batch ${id}`);
    return found;
  }
}

/** The request's fingerprint: the same key with another body is another batch, refused. */
function hashOf(dto: StartRotationBatchDto): string {
  return createHash('sha256').update(JSON.stringify(dto)).digest('hex');
}
