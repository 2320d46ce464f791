import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { ProcedureTask, RecordProcedureStepInput, RecordStepOutcome } from '@personnel/contracts';
import { procedureKindOf } from '@personnel/contracts';
import { prepareStepEvents } from '../events/step-events';
import { insertStepOnce, type StepSpans } from './step-journal';

/**
 * The only writer of a procedure's facts, for every kind: the step joins the workflow's hash chain
 * exactly once per (workflow id, step key) and, in the same transaction, moves the `procedure` row, every
 * task the step changed and the cadre timelines it concerns. A retry of the same step writes nothing.
 * Each row moves only forward: the procedure and each task keep the highest step seq that touched them,
 * so a late, older step never rolls them back.
 */
export async function recordProcedureStep(
  dataSource: DataSource,
  input: RecordProcedureStepInput,
  spans?: StepSpans,
): Promise<RecordStepOutcome> {
  const kind = procedureKindOf(input.workflowId);
  if (kind === undefined) throw new Error(`not a procedure workflow id: ${input.workflowId}`);
  if (kind !== input.procedure.kind)
    throw new Error(`step of ${input.workflowId} carries a procedure of kind ${input.procedure.kind}`);
  const keys = new Set<string>();
  for (const task of input.tasks) {
    if (keys.has(task.key)) throw new Error(`step ${input.stepKey} lists task ${task.key} twice`);
    keys.add(task.key);
  }
  const began = performance.now();
  let marks: number[] = [];
  const outcome = await dataSource.transaction(async (manager) => {
    marks = [performance.now()];
    const inserted = await insertStepOnce(manager, input, spans);
    if (!inserted) return { inserted: false };
    // The journal is the outbox: the step's events, read against the rows as they stood (events/).
    const events = await prepareStepEvents(manager, input);
    marks.push(performance.now());
    await applyToProcedure(manager, input);
    for (const task of input.tasks) await applyToTask(manager, input, task);
    await applyToItems(manager, input);
    await addToCadreTimelines(manager, input);
    marks.push(performance.now());
    await events.append();
    marks.push(performance.now());
    return { inserted: true };
  });
  const ended = performance.now();
  if (spans) {
    spans.transactionMs = ended - began;
    spans.beginMs = marks[0] - began;
    if (marks.length === 4) {
      spans.priorStateMs = marks[1] - marks[0] - (spans.lockMs ?? 0) - (spans.chainMs ?? 0);
      spans.readModelsMs = marks[2] - marks[1];
      spans.outboxMs = marks[3] - marks[2];
      spans.commitMs = ended - marks[3];
    }
  }
  return outcome;
}

/** `proposed_*` are written once; the stage's entry time moves only when the stage does. */
async function applyToProcedure(manager: EntityManager, input: RecordProcedureStepInput): Promise<void> {
  const p = input.procedure;
  await manager.query(
    `INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at, due_at,
                            overdue, legal_basis, proposed_by, proposed_at, detail, updated_at, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16)
     ON CONFLICT (id) DO UPDATE
       SET subject_cadre_ids = EXCLUDED.subject_cadre_ids,
           unit_code = EXCLUDED.unit_code,
           post_id = EXCLUDED.post_id,
           state = EXCLUDED.state,
           stage_entered_at = CASE WHEN procedure.stage = EXCLUDED.stage THEN procedure.stage_entered_at
                                   ELSE EXCLUDED.stage_entered_at END,
           stage = EXCLUDED.stage,
           due_at = EXCLUDED.due_at,
           overdue = EXCLUDED.overdue,
           legal_basis = EXCLUDED.legal_basis,
           detail = EXCLUDED.detail,
           updated_at = EXCLUDED.updated_at,
           last_seq = EXCLUDED.last_seq
     WHERE procedure.last_seq < EXCLUDED.last_seq`,
    [
      input.workflowId,
      p.kind,
      p.subjectCadreIds,
      p.unitCode,
      p.postId,
      p.state,
      p.stage,
      p.stageEnteredAt,
      p.dueAt,
      p.overdue,
      p.legalBasis,
      p.proposedBy,
      p.proposedAt,
      JSON.stringify(p.detail),
      input.occurredAt,
      input.seq,
    ],
  );
}

/** The kind's items the step changed, each moving only forward (the highest seq that touched it). */
async function applyToItems(manager: EntityManager, input: RecordProcedureStepInput): Promise<void> {
  const items = input.items ?? [];
  if (items.length === 0) return;
  await manager.query(
    `INSERT INTO procedure_item (workflow_id, item_key, data, updated_at, last_seq)
     SELECT $1, item.key, item.data, $4, $5
     FROM unnest($2::text[], $3::jsonb[]) AS item(key, data)
     ON CONFLICT (workflow_id, item_key) DO UPDATE
       SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq
     WHERE procedure_item.last_seq < EXCLUDED.last_seq`,
    [
      input.workflowId,
      items.map((i) => i.key),
      items.map((i) => JSON.stringify(i.data)),
      input.occurredAt,
      input.seq,
    ],
  );
}

/** The step on the timeline of each cadre it concerns (written once, like the journal row). */
async function addToCadreTimelines(manager: EntityManager, input: RecordProcedureStepInput): Promise<void> {
  if (input.concerns.length === 0) return;
  await manager.query(
    `INSERT INTO cadre_timeline (cadre_code, workflow_id, step_key, seq, kind, occurred_at)
     SELECT code, $2, $3, $4, $5, $6 FROM unnest($1::text[]) AS code
     ON CONFLICT DO NOTHING`,
    [[...new Set(input.concerns)], input.workflowId, input.stepKey, input.seq, input.kind, input.occurredAt],
  );
}

/** `created_at` is the step time that first wrote the task; every later step only moves the rest on. */
async function applyToTask(
  manager: EntityManager,
  input: RecordProcedureStepInput,
  task: ProcedureTask,
): Promise<void> {
  await manager.query(
    `INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, claimed_by, delegations, status,
                                 outcome, due_at, remind_at, reminded, escalated, completed_by, completed_at, comment,
                                 conference_id, created_at, updated_at, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19)
     ON CONFLICT (workflow_id, task_key) DO UPDATE
       SET kind = EXCLUDED.kind,
           label = EXCLUDED.label,
           assignee_ids = EXCLUDED.assignee_ids,
           claimed_by = EXCLUDED.claimed_by,
           delegations = EXCLUDED.delegations,
           status = EXCLUDED.status,
           outcome = EXCLUDED.outcome,
           due_at = EXCLUDED.due_at,
           remind_at = EXCLUDED.remind_at,
           reminded = EXCLUDED.reminded,
           escalated = EXCLUDED.escalated,
           completed_by = EXCLUDED.completed_by,
           completed_at = EXCLUDED.completed_at,
           comment = EXCLUDED.comment,
           conference_id = EXCLUDED.conference_id,
           updated_at = EXCLUDED.updated_at,
           last_seq = EXCLUDED.last_seq
     WHERE procedure_task.last_seq < EXCLUDED.last_seq`,
    [
      input.workflowId,
      task.key,
      task.kind,
      task.label,
      task.assigneeIds,
      task.claimedBy,
      JSON.stringify(task.delegations ?? []),
      task.status,
      task.outcome,
      task.dueAt,
      task.remindAt,
      task.reminded,
      task.escalated,
      task.completedBy,
      task.completedAt,
      task.comment,
      task.conferenceId ?? null,
      input.occurredAt,
      input.seq,
    ],
  );
}
