import type { TaskView } from '../api/appointment-types';
import { APPROVAL_STAGES, COMPOSING_STAGES, type PlanView } from '../api/plan-types';

/**
 * What the board offers to whom, read from the plan's tasks (their `actions` are the API's task rule for
 * the signed-in user) and its stage: HR composes through the open revision task of the drawing up or the
 * review, the signer decides through the open decision task. Nothing else shows a button.
 */
type Board = Pick<PlanView, 'stage' | 'state' | 'tasks'>;

const actsOn = (task: TaskView, kind: TaskView['kind']) =>
  task.kind === kind && task.status === 'open' && task.actions.includes('act');

/** The task through which the user composes the pool now (add, take out, submit), if any. */
export function composeTask(plan: Board): TaskView | undefined {
  if (!COMPOSING_STAGES.includes(plan.stage)) return undefined;
  return plan.tasks.find((task) => actsOn(task, 'revision'));
}

export const mayCompose = (plan: Board) => composeTask(plan) !== undefined;

/** The task through which the user approves, returns or rejects now, if any. */
export function decisionTask(plan: Board): TaskView | undefined {
  if (!APPROVAL_STAGES.includes(plan.stage)) return undefined;
  return plan.tasks.find((task) => actsOn(task, 'decision'));
}

export const mayDecide = (plan: Board) => decisionTask(plan) !== undefined;

/** Open conference tasks of the user (the secretary's): held on the generic conference screen. */
export function conferenceTasks(plan: Board): TaskView[] {
  return plan.tasks.filter((task) => actsOn(task, 'conference'));
}

/** Withdrawal: HR of the plan (who opened it and those named with them), before anything is published. */
export function mayWithdrawPlan(
  plan: Pick<PlanView, 'state' | 'stage' | 'proposedBy' | 'parties'>,
  username: string,
) {
  const hr = plan.proposedBy === username || plan.parties.hrIds.includes(username);
  return plan.state === 'in_progress' && plan.stage !== 'closed' && hr;
}

export function hasPlanActions(plan: PlanView, username: string): boolean {
  return (
    mayCompose(plan) ||
    mayDecide(plan) ||
    conferenceTasks(plan).length > 0 ||
    plan.tasks.some((t) => t.status === 'open' && t.actions.includes('delegate')) ||
    mayWithdrawPlan(plan, username)
  );
}
