import type { RecordStepInput } from '../steps';
import type { ProcedureDossier } from './dossier';
import type { ProcedureTask } from './task';

/**
 * The `procedure` read model row as a workflow sees it after a step: the same columns for every kind,
 * so the inbox, the unit-scope check, the cadre timeline and the reports never join a kind's own table.
 * What only one kind knows goes into `detail` (an appointment's source, round, appointee, decision).
 */
export interface ProcedureSnapshot {
  /** `appointment`, `rotation`, `plan`, …: the first segment of the workflow id. */
  kind: string;
  /** The cadres the procedure is about: candidates still in the running, the rotated cadre, … */
  subjectCadreIds: string[];
  /** Code of the unit that owns the procedure: unit scope and the `UnitCode` search attribute. */
  unitCode: string;
  /** Post code, when the procedure is about one post. */
  postId: string | null;
  state: string;
  stage: string;
  /** ISO instant the current stage was entered ("stuck since"). */
  stageEnteredAt: string;
  /** The procedure's own deadline (ISO), null when it has none. */
  dueAt: string | null;
  overdue: boolean;
  legalBasis: string | null;
  proposedBy: string;
  proposedAt: string;
  detail: Record<string, unknown>;
}

/**
 * One of a kind's many small facts that change a few at a time (a plan's entries: one per post and
 * candidate), kept in the generic `procedure_item` read model by key, so a step carries only the items it
 * changed instead of rewriting them all in `detail`.
 */
export interface ProcedureItem {
  /** Unique within the procedure, e.g. `QA-CT-UBND/CB-0001`. */
  key: string;
  data: Record<string, unknown>;
}

/**
 * One durable step of a procedure: a hash-chained journal row, the procedure row, the tasks it changed
 * and the cadre-timeline rows of `concerns`, in one transaction, exactly once per (workflow id, step key).
 */
export interface RecordProcedureStepInput extends RecordStepInput {
  procedure: ProcedureSnapshot;
  tasks: ProcedureTask[];
  /** Cadre codes whose own timeline shows this step (milestones only). */
  concerns: string[];
  /** The kind's items this step changed (absent: none). */
  items?: ProcedureItem[];
}

/** What every procedure's status (its query, its Updates' answer) carries, whatever its kind. */
export interface ProcedureStatusBase {
  state: string;
  stage: string;
  tasks: ProcedureTask[];
  /** The dossier checked before the first conference, for kinds that check one (absent: none, or a run begun before). */
  dossier?: ProcedureDossier | null;
}
