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

/** The procedure row's stage and the step's tasks as they stand, in one statement. */
async function priorState(manager: EntityManager, input: RecordProcedureStepInput): Promise<StepPriorState> {
  const [row]: {
    procedure: { stage: string; last_seq: number } | null;
    tasks: { task_key: string; status: TaskStatus; last_seq: number }[];
  }[] = await manager.query(
    `SELECT (SELECT json_build_object('stage', p.stage, 'last_seq', p.last_seq)
               FROM procedure p WHERE p.id = $1) AS procedure,
            (SELECT coalesce(json_agg(json_build_object('task_key', t.task_key, 'status', t.status,
                                                        'last_seq', t.last_seq)), '[]'::json)
               FROM procedure_task t WHERE t.workflow_id = $1 AND t.task_key = ANY($2::text[])) AS tasks`,
    [input.workflowId, input.tasks.map((t) => t.key)],
  );
  const tasks: StepPriorState['tasks'] = {};
  for (const r of row.tasks) tasks[r.task_key] = { status: r.status, lastSeq: Number(r.last_seq) };
  return {
    procedure: row.procedure ? { stage: row.procedure.stage, lastSeq: Number(row.procedure.last_seq) } : null,
    tasks,
  };
}
