import type { NominationState } from './nomination';

/**
 * Step keys of the nomination workflow. A step key is unique within one workflow: Postgres enforces
 * UNIQUE (workflow_id, step_key), so a retried activity can never record the same step twice.
 */
export const StepKeys = {
  proposed: 'proposed',
  decision: (position: number, approverId: string) => `decision/${position}/${approverId}`,
  withdrawn: 'withdrawn',
} as const;

/** What an activity needs to record one durable step and update the nomination read model with it. */
export interface RecordNominationStepInput {
  workflowId: string;
  runId: string;
  stepKey: string;
  /** Position of the step in the workflow's timeline: 0 for the proposal, then 1..n. */
  seq: number;
  actor: string;
  kind: 'proposed' | 'decision' | 'withdrawn';
  payload: Record<string, unknown>;
  /** Workflow time of the step (ISO); recorded as the business time, separate from the insert time. */
  occurredAt: string;
  nomination: NominationSnapshot;
}

/** The read-model row as the workflow sees it after the step. */
export interface NominationSnapshot {
  cadreId: string;
  postId: string;
  proposedBy: string;
  approverIds: string[];
  state: NominationState;
  currentApproverId: string | null;
  proposedAt: string;
}

export interface RecordStepOutcome {
  /** False when the step was already recorded by an earlier attempt: nothing was written this time. */
  inserted: boolean;
}

/** Activities the nomination workflow calls; implemented in apps/worker. */
export interface NominationActivities {
  recordNominationStep(input: RecordNominationStepInput): Promise<RecordStepOutcome>;
}

/** One durable step of any workflow, without a read model of its own (e.g. a conference). */
export interface RecordStepInput {
  workflowId: string;
  runId: string;
  stepKey: string;
  seq: number;
  actor: string;
  kind: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** Activities every workflow may use for its journal; implemented in apps/worker. */
export interface JournalActivities {
  recordStep(input: RecordStepInput): Promise<RecordStepOutcome>;
}
