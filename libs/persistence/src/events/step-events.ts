import type { EntityManager } from 'typeorm';
import type { RecordProcedureStepInput, StepPriorState, TaskStatus } from '@personnel/contracts';
import { eventsOfStep } from '@personnel/contracts';
import { appendEvents } from './append-events';

/**
 * The outbox half of `recordProcedureStep`: `prepare` reads the procedure row and the step's tasks as
 * they stand (call it after the step row was inserted, before the read models move), `append` writes the
 * events the step makes (call it last). Only a step that was inserted gets here, so its events are
 * written exactly once.
 */
export async function prepareStepEvents(
  manager: EntityManager,
  input: RecordProcedureStepInput,
): Promise<{ append(): Promise<number> }> {
  const prior = await priorState(manager, input);
  return {
    append: () =>
      appendEvents(
        manager,
        { workflowId: input.workflowId, stepKey: input.stepKey, time: input.occurredAt },
        eventsOfStep(input, prior),
      ),
  };
}

async function priorState(manager: EntityManager, input: RecordProcedureStepInput): Promise<StepPriorState> {
  const [procedure]: { stage: string; last_seq: number }[] = await manager.query(
    'SELECT stage, last_seq FROM procedure WHERE id = $1',
    [input.workflowId],
  );
  const tasks: StepPriorState['tasks'] = {};
  if (input.tasks.length > 0) {
    const rows: { task_key: string; status: TaskStatus; last_seq: number }[] = await manager.query(
      'SELECT task_key, status, last_seq FROM procedure_task WHERE workflow_id = $1 AND task_key = ANY($2::text[])',
      [input.workflowId, input.tasks.map((t) => t.key)],
    );
    for (const r of rows) tasks[r.task_key] = { status: r.status, lastSeq: Number(r.last_seq) };
  }
  return {
    procedure: procedure ? { stage: procedure.stage, lastSeq: Number(procedure.last_seq) } : null,
    tasks,
  };
}
