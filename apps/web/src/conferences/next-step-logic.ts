import type { ProcedureDetail, TaskView } from '@personnel/contracts';

/**
 * What comes after a conference's result, read from the procedure as the API answers it (its open
 * tasks, with the reader's actions computed there); the panel decides nothing here, it only orders
 * what the workflow opened.
 * - `moving`: the procedure's read model still holds this conference open (the closing step is on its
 *   way), or the procedure is between steps with nothing open yet; the screen keeps asking.
 * - `tasks`: what is open now, conferences first, then what the reader may act on, then the rest.
 * - `ended`: the procedure stopped (not passed, withdrawn, …) and nothing is open.
 */
export type NextStep =
  | { kind: 'moving'; stage: string }
  | { kind: 'tasks'; stage: string; tasks: TaskView[] }
  | { kind: 'ended'; state: string };

export function nextAfterConference(procedure: ProcedureDetail, conferenceId: string): NextStep {
  const open = procedure.tasks.filter((task) => task.status === 'open');
  if (open.some((task) => task.kind === 'conference' && task.conferenceId === conferenceId))
    return { kind: 'moving', stage: procedure.stage };
  if (open.length > 0) {
    const rank = (task: TaskView) => (task.kind === 'conference' ? 0 : task.actions.length > 0 ? 1 : 2);
    return { kind: 'tasks', stage: procedure.stage, tasks: [...open].sort((a, b) => rank(a) - rank(b)) };
  }
  if (procedure.state !== 'in_progress') return { kind: 'ended', state: procedure.state };
  return { kind: 'moving', stage: procedure.stage };
}
