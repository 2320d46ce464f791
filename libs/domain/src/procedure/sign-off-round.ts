import type { ProcedureTask, SignOffMode, SignOffStepInput, TaskKind } from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';

/**
 * One round of individual sign-offs. Sequential: each step opens when the one before approved.
 * Parallel: every step is open at once. Any reject ends the round rejected, any return sends it back
 * to HR; the other tasks of the round are then cancelled. All approved → the round is approved.
 */
export type RoundOutcome = 'pending' | 'approved' | 'rejected' | 'returned';

export interface TaskTiming {
  dueAt: string | null;
  remindAt: string | null;
}

export function newTask(
  key: string,
  kind: TaskKind,
  label: string,
  assigneeIds: string[],
  open: boolean,
  timing: TaskTiming,
): ProcedureTask {
  return {
    key,
    kind,
    label,
    assigneeIds: [...assigneeIds],
    claimedBy: null,
    delegations: [],
    status: open ? 'open' : 'waiting',
    dueAt: open ? timing.dueAt : null,
    remindAt: open ? timing.remindAt : null,
    reminded: false,
    escalated: false,
    outcome: null,
    completedBy: null,
    completedAt: null,
    comment: null,
  };
}

export function roundTaskKeys(round: number, steps: readonly SignOffStepInput[]): string[] {
  return steps.map((s) => TaskKeys.signOff(round, s.key));
}

/** The tasks of a new round; `timing` gives due times for the tasks that open now. */
export function openSignOffRound(
  round: number,
  mode: SignOffMode,
  steps: readonly SignOffStepInput[],
  timing: TaskTiming,
): ProcedureTask[] {
  return steps.map((s, i) =>
    newTask(
      TaskKeys.signOff(round, s.key),
      'sign_off',
      s.label,
      s.assigneeIds,
      mode === 'parallel' || i === 0,
      timing,
    ),
  );
}

export function roundOutcome(tasks: readonly ProcedureTask[]): RoundOutcome {
  if (tasks.some((t) => t.outcome === 'reject')) return 'rejected';
  if (tasks.some((t) => t.outcome === 'return')) return 'returned';
  return tasks.length > 0 && tasks.every((t) => t.outcome === 'approve') ? 'approved' : 'pending';
}

/** The next waiting task of a sequential round, once every task before it approved. */
export function nextWaiting(tasks: readonly ProcedureTask[]): ProcedureTask | undefined {
  for (const task of tasks) {
    if (task.status === 'waiting') return task;
    if (task.outcome !== 'approve') return undefined;
  }
  return undefined;
}

export function opened(task: ProcedureTask, timing: TaskTiming): ProcedureTask {
  return { ...task, status: 'open', dueAt: timing.dueAt, remindAt: timing.remindAt };
}
