import type { ProcedureStatusBase } from './snapshot';
import type { ProcedureTask, TaskAction, TaskKind, TaskOutcome, TaskRelation, TaskStatus } from './task';

/**
 * What a task Update answers: where the procedure stands after the command and only the tasks it changed
 * (the command's own, and those the kind's round opened, closed or cancelled with it), not the whole
 * status (~12.5 KB for an appointment at its sign-off, most of it the tasks that did not move).
 */
export interface TaskChange {
  workflowId: string;
  state: string;
  stage: string;
  /** The journal position (`workflow_step.seq`) of the step this command recorded. */
  sequence: number;
  /** The changed tasks as they stand now, each once. */
  tasks: ProcedureTask[];
}

/**
 * What a completed task Update may carry: a TaskChange, or the procedure's whole status, which the kit
 * answered before TaskChange and which completions recorded then (and a worker not yet upgraded) still
 * carry. The API reads both (apps/api `task-command-answer.ts`).
 */
export type TaskUpdateAnswer = TaskChange | ProcedureStatusBase;

/** A TaskChange, told apart from an older full status by its journal position. */
export function isTaskChange(answer: TaskUpdateAnswer): answer is TaskChange {
  return typeof (answer as Partial<TaskChange>).sequence === 'number';
}

/** One task the command changed, as the signed-in user sees it now (the inbox's TaskView, without its context). */
export interface ChangedTaskView {
  taskKey: string;
  kind: TaskKind;
  label: string;
  status: TaskStatus;
  outcome: TaskOutcome | null;
  assigneeIds: string[];
  claimedBy: string | null;
  /** Stand-ins the current holder named whose window includes today. */
  activeDelegates: string[];
  completedBy: string | null;
  comment: string | null;
  dueAt: string | null;
  escalated: boolean;
  relation: TaskRelation;
  /** What the signed-in user may do to it now (libs/domain `taskActions`). */
  actions: TaskAction[];
}

/**
 * The answer of `POST /api/v1/tasks/{workflowId}/{taskKey}/claim|unclaim|delegate|decide|comment|reassign`:
 * enough for the panel to show the new state without reading the procedure again.
 */
export interface TaskCommandAnswer {
  workflowId: string;
  state: string;
  stage: string;
  /**
   * The journal position of the command's step: a read of the procedure whose journal reaches it shows
   * the command. Null when a worker of before answered with the whole status (then every task is here).
   */
  sequence: number | null;
  tasks: ChangedTaskView[];
}
