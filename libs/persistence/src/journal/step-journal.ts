import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordStepInput, RecordStepOutcome } from '@personnel/contracts';
import { GENESIS_HASH, stepHash } from '../audit/step-hash';
import { WorkflowStepEntity } from '../entities/workflow-step.entity';

/** Records one step of any workflow exactly once (a conference, for instance: no read model of its own). */
export async function recordStep(dataSource: DataSource, input: RecordStepInput): Promise<RecordStepOutcome> {
  return dataSource.transaction(async (manager) => ({ inserted: await insertStepOnce(manager, input) }));
}

/**
 * Appends the step to the workflow's hash chain, exactly once per (workflow id, step key); false when an
 * earlier attempt already recorded it. The advisory lock serialises concurrent steps of one workflow
 * (two decision activities may run at once), so each links to the one committed before it. Shared by
 * every journal writer (procedure steps, plain steps); call it inside the caller's transaction.
 */
export async function insertStepOnce(
  manager: EntityManager,
  input: RecordStepInput,
  spans?: StepSpans,
): Promise<boolean> {
  const began = performance.now();
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [input.workflowId]);
  const locked = performance.now();
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
  if (spans) {
    spans.lockMs = locked - began;
    spans.chainMs = performance.now() - locked;
  }
  return result.raw.length > 0;
}

/**
 * Where a journal write's time goes (ms), for the worker's log line: the whole transaction (connection
 * and BEGIN to COMMIT), and in it the connection and BEGIN, the advisory lock, the hash chain (last hash
 * read, hash, insert), the rows as they stood (for the events), the read models, the outbox (its lock
 * and insert) and the COMMIT.
 */
export interface StepSpans {
  transactionMs?: number;
  beginMs?: number;
  lockMs?: number;
  chainMs?: number;
  priorStateMs?: number;
  readModelsMs?: number;
  outboxMs?: number;
  commitMs?: number;
}
