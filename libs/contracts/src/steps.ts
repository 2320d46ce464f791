export interface RecordStepOutcome {
  /** False when the step was already recorded by an earlier attempt: nothing was written this time. */
  inserted: boolean;
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
