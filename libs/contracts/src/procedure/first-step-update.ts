import { defineUpdate } from '@temporalio/workflow';
import type { ProcedureSnapshot } from './snapshot';

/** A run's first step as it went into Postgres: the `procedure` row it wrote, and when (`updated_at`). */
export interface FirstStepRecorded {
  procedure: ProcedureSnapshot;
  occurredAt: string;
}

/**
 * The Update a procedure's start awaits: answered once the run's first step is in Postgres, with the row
 * that step wrote, so the start's 201 shows the proposal without polling the read model. Every kind
 * registers it (the workflow kit's context); it changes nothing in the procedure.
 */
export const firstStepRecordedUpdate = defineUpdate<FirstStepRecorded, []>('firstStepRecorded');
