import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The hash of the first step of a workflow links to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a step's hash covers: every fact of the step and the hash of the step before it. */
export interface HashedStepFields {
  workflowId: string;
  runId: string;
  stepKey: string;
  seq: number;
  kind: string;
  actor: string;
  payload: Record<string, unknown>;
  /** Any ISO timestamp; hashed at millisecond precision, as Postgres timestamptz keeps it. */
  occurredAt: string;
  prevHash: string;
}

export function stepHash(step: HashedStepFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        v: 1,
        workflowId: step.workflowId,
        runId: step.runId,
        stepKey: step.stepKey,
        seq: step.seq,
        kind: step.kind,
        actor: step.actor,
        payload: step.payload,
        occurredAt: new Date(step.occurredAt).toISOString(),
        prevHash: step.prevHash,
      }),
    )
    .digest('hex');
}
