import type { DataSource, EntityManager } from 'typeorm';
import type { ProcedureTask, RecordAppointmentStepInput, RecordStepOutcome } from '@personnel/contracts';
import { parseAppointmentId } from '@personnel/contracts';
import { insertStepOnce } from '../step-journal';

/**
 * Records one appointment step exactly once (the shared hash-chained journal) and, in the same
 * transaction, applies it to the `appointment` read model and to every task it changed. A retry of the
 * same (workflow id, step key) writes nothing. Each row moves only forward: the appointment and each
 * task keep the highest step seq that touched them, so a late, older step never rolls them back.
 */
export async function recordAppointmentStep(
  dataSource: DataSource,
  input: RecordAppointmentStepInput,
): Promise<RecordStepOutcome> {
  const idParts = parseAppointmentId(input.workflowId);
  if (!idParts) throw new Error(`not an appointment workflow id: ${input.workflowId}`);
  if (idParts.postId !== input.appointment.postId)
    throw new Error(`step of ${input.workflowId} carries post ${input.appointment.postId}`);
  const keys = new Set<string>();
  for (const task of input.tasks) {
    if (keys.has(task.key)) throw new Error(`step ${input.stepKey} lists task ${task.key} twice`);
    keys.add(task.key);
  }
  return dataSource.transaction(async (manager) => {
    const inserted = await insertStepOnce(manager, input);
    if (!inserted) return { inserted: false };
    await applyToAppointment(manager, input, idParts.sequence);
    for (const task of input.tasks) await applyToTask(manager, input, task);
    await addToCadreTimelines(manager, input);
    return { inserted: true };
  });
}

async function applyToAppointment(
  manager: EntityManager,
  input: RecordAppointmentStepInput,
  sequence: number,
): Promise<void> {
  const a = input.appointment;
  await manager.query(
    `INSERT INTO appointment (id, post_id, sequence, candidate_ids, unit_code, source, legal_basis, proposed_by,
                              proposed_at, state, stage, round, appointee, decision, procedure_due_at, overdue,
                              exception_granted, updated_at, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18, $19)
     ON CONFLICT (id) DO UPDATE
       SET candidate_ids = EXCLUDED.candidate_ids,
           state = EXCLUDED.state,
           stage = EXCLUDED.stage,
           round = EXCLUDED.round,
           appointee = EXCLUDED.appointee,
           decision = EXCLUDED.decision,
           procedure_due_at = EXCLUDED.procedure_due_at,
           overdue = EXCLUDED.overdue,
           exception_granted = EXCLUDED.exception_granted,
           updated_at = EXCLUDED.updated_at,
           last_seq = EXCLUDED.last_seq
     WHERE appointment.last_seq < EXCLUDED.last_seq`,
    [
      input.workflowId,
      a.postId,
      sequence,
      a.candidateIds,
      a.unitCode,
      a.source,
      a.legalBasis,
      a.proposedBy,
      a.proposedAt,
      a.state,
      a.stage,
      a.round,
      a.appointee,
      a.decision === null ? null : JSON.stringify(a.decision),
      a.procedureDueAt,
      a.overdue,
      a.exceptionGranted,
      input.occurredAt,
      input.seq,
    ],
  );
}

/** The step on the timeline of each candidate it concerns (written once, like the journal row). */
async function addToCadreTimelines(manager: EntityManager, input: RecordAppointmentStepInput): Promise<void> {
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
  input: RecordAppointmentStepInput,
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
