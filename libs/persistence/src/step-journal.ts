import type { DataSource, EntityManager } from 'typeorm';
import type { RecordNominationStepInput, RecordStepInput, RecordStepOutcome } from '@personnel/contracts';
import { parseNominationId } from '@personnel/contracts';
import { GENESIS_HASH, stepHash } from './audit/step-hash';
import { WorkflowStepEntity } from './entities/workflow-step.entity';

/**
 * Records one nomination step exactly once and applies it to the read model in the same transaction.
 * A repeat of the same (workflow id, step key) — an activity retry after a lost response, a worker
 * killed between commit and completion — inserts nothing and leaves the read model untouched.
 */
export async function recordNominationStep(
  dataSource: DataSource,
  input: RecordNominationStepInput,
): Promise<RecordStepOutcome> {
  const idParts = parseNominationId(input.workflowId);
  if (!idParts) throw new Error(`not a nomination workflow id: ${input.workflowId}`);
  if (idParts.cadreId !== input.nomination.cadreId || idParts.postId !== input.nomination.postId) {
    throw new Error(
      `step of ${input.workflowId} carries cadre/post ${input.nomination.cadreId}/${input.nomination.postId}`,
    );
  }
  return dataSource.transaction(async (manager) => {
    const inserted = await insertStepOnce(manager, input);
    if (!inserted) return { inserted: false };
    await applyToNomination(manager, input, idParts.sequence);
    return { inserted: true };
  });
}

/** Records one step of any workflow exactly once (a conference, for instance: no read model of its own). */
export async function recordStep(dataSource: DataSource, input: RecordStepInput): Promise<RecordStepOutcome> {
  return dataSource.transaction(async (manager) => ({ inserted: await insertStepOnce(manager, input) }));
}

/**
 * Appends the step to the workflow's hash chain, exactly once per (workflow id, step key); false when an
 * earlier attempt already recorded it. The advisory lock serialises concurrent steps of one workflow
 * (two decision activities may run at once), so each links to the one committed before it. Shared by
 * every journal writer (nominations, appointments, plain steps); call it inside the caller's transaction.
 */
export async function insertStepOnce(manager: EntityManager, input: RecordStepInput): Promise<boolean> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [input.workflowId]);
  const [last]: { hash: string }[] = await manager.query(
    'SELECT hash FROM workflow_step WHERE workflow_id = $1 ORDER BY id DESC LIMIT 1',
    [input.workflowId],
  );
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = stepHash({ ...input, prevHash });
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(WorkflowStepEntity)
    .values({
      workflowId: input.workflowId,
      runId: input.runId,
      stepKey: input.stepKey,
      seq: input.seq,
      kind: input.kind,
      actor: input.actor,
      payload: input.payload as object,
      occurredAt: new Date(input.occurredAt),
      prevHash,
      hash,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  return result.raw.length > 0;
}

async function applyToNomination(
  manager: EntityManager,
  input: RecordNominationStepInput,
  sequence: number,
): Promise<void> {
  const n = input.nomination;
  await manager.query(
    `INSERT INTO nomination (id, cadre_id, post_id, sequence, proposed_by, approver_ids, state,
                             current_approver_id, proposed_at, updated_at, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (id) DO UPDATE
       SET state = EXCLUDED.state,
           current_approver_id = EXCLUDED.current_approver_id,
           updated_at = EXCLUDED.updated_at,
           last_seq = EXCLUDED.last_seq
     WHERE nomination.last_seq < EXCLUDED.last_seq`,
    [
      input.workflowId,
      n.cadreId,
      n.postId,
      sequence,
      n.proposedBy,
      n.approverIds,
      n.state,
      n.currentApproverId,
      n.proposedAt,
      input.occurredAt,
      input.seq,
    ],
  );
}
