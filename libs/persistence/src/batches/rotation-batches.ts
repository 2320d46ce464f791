import type { DataSource } from 'typeorm';
import type {
  BatchItemStatus,
  FieldProblemDetail,
  RotationBatchItem,
  RotationBatchProgress,
  RotationBatchView,
  RotationInput,
  RotationMove,
  RotationStage,
  RotationState,
} from '@personnel/contracts';

/** One row of a batch as it is stored before anything starts: its move, and its id or its problems. */
export interface NewBatchItem {
  index: number;
  move: RotationMove;
  /** With the workflow id: the input it starts with; both null for a refused row. */
  workflowId: string | null;
  input: RotationInput | null;
  problems: FieldProblemDetail[];
}

export interface StoredBatch {
  id: string;
  idempotencyKey: string;
  requestHash: string;
  createdBy: string;
}

/** States of a rotation that came out of its decision. */
const DECIDED_STATES: readonly string[] = ['rotating', 'ended'];
const CLOSED_STATES: readonly string[] = ['not_passed', 'rejected', 'withdrawn'];

/**
 * Rotation batches: the rows and the workflow id each was given, written in one transaction before any
 * is started; the idempotency key is unique, so a batch sent twice (even at once) is stored once.
 */
export class RotationBatches {
  constructor(private readonly dataSource: DataSource) {}

  async findByKey(idempotencyKey: string): Promise<StoredBatch | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT id, idempotency_key, request_hash, created_by FROM rotation_batch WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    return row ? toStored(row) : undefined;
  }

  /**
   * Stores the batch and its rows; when another request stored the same key first, stores nothing and
   * answers that batch (`created: false`).
   */
  async create(batch: StoredBatch, items: NewBatchItem[]): Promise<{ batch: StoredBatch; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO rotation_batch (id, idempotency_key, request_hash, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [batch.id, batch.idempotencyKey, batch.requestHash, batch.createdBy],
      );
      if (inserted.length === 0) {
        const [row] = await manager.query(
          `SELECT id, idempotency_key, request_hash, created_by FROM rotation_batch WHERE idempotency_key = $1`,
          [batch.idempotencyKey],
        );
        return { batch: toStored(row), created: false };
      }
      const id = inserted[0].id;
      if (items.length > 0)
        await manager.query(
          `INSERT INTO rotation_batch_item (batch_id, index, cadre_code, move, input, workflow_id, status, problems)
           SELECT $1, i.index, i.cadre, i.move, i.input, i.workflow_id, i.status, i.problems
           FROM unnest($2::int[], $3::text[], $4::jsonb[], $5::jsonb[], $6::text[], $7::text[], $8::jsonb[])
             AS i(index, cadre, move, input, workflow_id, status, problems)`,
          [
            id,
            items.map((i) => i.index),
            items.map((i) => i.move.cadreId),
            items.map((i) => JSON.stringify(i.move)),
            items.map((i) => (i.input === null ? null : JSON.stringify(i.input))),
            items.map((i) => i.workflowId),
            items.map((i) => (i.workflowId === null ? 'refused' : 'proposed')),
            items.map((i) => JSON.stringify(i.problems)),
          ],
        );
      return { batch: { ...batch, id }, created: true };
    });
  }

  /** Rows given an id and not yet known to be started, in order: what (re)starting still has to do. */
  async unstarted(batchId: string): Promise<{ index: number; workflowId: string; input: RotationInput }[]> {
    const rows: { index: number; workflow_id: string; input: RotationInput }[] = await this.dataSource.query(
      `SELECT index, workflow_id, input FROM rotation_batch_item
       WHERE batch_id = $1 AND status = 'proposed' ORDER BY index`,
      [batchId],
    );
    return rows.map((r) => ({ index: r.index, workflowId: r.workflow_id, input: r.input }));
  }

  async markStarted(batchId: string, index: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE rotation_batch_item SET status = 'started', updated_at = now()
       WHERE batch_id = $1 AND index = $2 AND status = 'proposed'`,
      [batchId, index],
    );
  }

  /** Batches with rows still to start (an API that stopped mid-batch resumes them). */
  async withUnstarted(): Promise<string[]> {
    const rows: { batch_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT batch_id FROM rotation_batch_item WHERE status = 'proposed'`,
    );
    return rows.map((r) => r.batch_id);
  }

  /** The batch with each row's progress, from its rows and the rotations' read model. */
  async view(batchId: string): Promise<RotationBatchView | undefined> {
    const [batch] = await this.dataSource.query(
      `SELECT id, idempotency_key, created_by, created_at FROM rotation_batch WHERE id = $1`,
      [batchId],
    );
    if (!batch) return undefined;
    const rows: {
      index: number;
      move: RotationMove;
      status: BatchItemStatus;
      workflow_id: string | null;
      problems: FieldProblemDetail[];
      full_name: string | null;
      state: RotationState | null;
      stage: RotationStage | null;
    }[] = await this.dataSource.query(
      `SELECT i.index, i.move, i.status, i.workflow_id, i.problems, c.full_name, r.state, r.stage
       FROM rotation_batch_item i
       LEFT JOIN cadre c ON c.code = i.cadre_code
       LEFT JOIN procedure r ON r.id = i.workflow_id
       WHERE i.batch_id = $1 ORDER BY i.index`,
      [batchId],
    );
    const items: RotationBatchItem[] = rows.map((r) => ({
      index: r.index,
      move: r.move,
      cadreName: r.full_name,
      status: r.status,
      workflowId: r.workflow_id,
      problems: r.problems,
      procedureState: r.state,
      procedureStage: r.stage,
    }));
    return {
      id: batch.id,
      idempotencyKey: batch.idempotency_key,
      createdBy: batch.created_by,
      createdAt: (batch.created_at as Date).toISOString(),
      progress: progressOf(items),
      items,
    };
  }

  /** Recent batches, newest first, with their progress (rows left out). */
  async recent(limit: number, createdBy?: string): Promise<RotationBatchView[]> {
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM rotation_batch WHERE ($1::text IS NULL OR created_by = $1) ORDER BY created_at DESC LIMIT $2`,
      [createdBy ?? null, limit],
    );
    const views = await Promise.all(ids.map((r) => this.view(r.id)));
    return views.filter((v): v is RotationBatchView => v !== undefined).map((v) => ({ ...v, items: [] }));
  }
}

/**
 * Where each row stands: refused, proposed (not started yet), started (no step recorded yet), then the
 * rotation's own state from its read model.
 */
export function progressOf(items: readonly RotationBatchItem[]): RotationBatchProgress {
  const progress = {
    total: items.length,
    proposed: 0,
    started: 0,
    refused: 0,
    inProgress: 0,
    decided: 0,
    closed: 0,
  };
  for (const item of items) {
    if (item.status === 'refused') progress.refused++;
    // A row whose start was not yet noted may already be running (the API stopped in between).
    else if (item.procedureState === null) {
      if (item.status === 'proposed') progress.proposed++;
      else progress.started++;
    } else if (DECIDED_STATES.includes(item.procedureState)) progress.decided++;
    else if (CLOSED_STATES.includes(item.procedureState)) progress.closed++;
    else progress.inProgress++;
  }
  return progress;
}

function toStored(row: {
  id: string;
  idempotency_key: string;
  request_hash: string;
  created_by: string;
}): StoredBatch {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    createdBy: row.created_by,
  };
}
