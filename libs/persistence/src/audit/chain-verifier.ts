import type { DataSource } from 'typeorm';
import { GENESIS_HASH, stepHash } from './step-hash';

export type ChainBreak = 'prev_hash_mismatch' | 'hash_mismatch';

export interface ChainVerification {
  workflowId: string;
  rows: number;
  ok: boolean;
  /** The first row whose link or content does not match; everything after it is untrusted. */
  firstBroken?: { id: string; seq: number; stepKey: string; problem: ChainBreak };
}

interface StepRow {
  id: string;
  workflow_id: string;
  run_id: string;
  step_key: string;
  seq: number;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  prev_hash: string;
  hash: string;
}

/** Walks a workflow's steps in insertion order and recomputes every link of the hash chain. */
export async function verifyWorkflowChain(
  dataSource: DataSource,
  workflowId: string,
): Promise<ChainVerification> {
  const rows: StepRow[] = await dataSource.query(
    `SELECT id, workflow_id, run_id, step_key, seq, kind, actor, payload, occurred_at, prev_hash, hash
       FROM workflow_step WHERE workflow_id = $1 ORDER BY id`,
    [workflowId],
  );
  let expectedPrev = GENESIS_HASH;
  for (const row of rows) {
    const broken = (problem: ChainBreak): ChainVerification => ({
      workflowId,
      rows: rows.length,
      ok: false,
      firstBroken: { id: String(row.id), seq: row.seq, stepKey: row.step_key, problem },
    });
    if (row.prev_hash !== expectedPrev) return broken('prev_hash_mismatch');
    const recomputed = stepHash({
      workflowId: row.workflow_id,
      runId: row.run_id,
      stepKey: row.step_key,
      seq: row.seq,
      kind: row.kind,
      actor: row.actor,
      payload: row.payload,
      occurredAt: row.occurred_at.toISOString(),
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) return broken('hash_mismatch');
    expectedPrev = row.hash;
  }
  return { workflowId, rows: rows.length, ok: true };
}

/** Ids of every workflow with recorded steps, for a full audit. */
export async function auditedWorkflowIds(dataSource: DataSource): Promise<string[]> {
  const rows: { workflow_id: string }[] = await dataSource.query(
    'SELECT DISTINCT workflow_id FROM workflow_step ORDER BY 1',
  );
  return rows.map((r) => r.workflow_id);
}
