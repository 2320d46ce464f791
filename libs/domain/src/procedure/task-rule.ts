import {
  CLAIMABLE_TASK_KINDS,
  PROPOSER_TASK_KINDS,
  VERDICTS_BY_TASK_KIND,
  type ProcedureTask,
  type TaskAction,
  type TaskRelation,
} from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';

/**
 * Who may act on a task: the one rule. The workflow's Update validators (task-board), the inbox query
 * (libs/persistence inbox SQL, pinned to this file by a test over every task state) and the actions
 * each task answers in the API all ask it, so they cannot disagree.
 *
 * - A personal task (one assignee) is held by that assignee; a group task of a claimable kind by whoever
 *   claimed it, and by nobody until then; a task held together (a conference by its secretary and head,
 *   an exception by each leader named) by every assignee.
 * - A stand-in acts for the holder only when the *current* holder named them for a window containing
 *   today: a delegation made by someone who has since given the task back (unclaim) or lost it to
 *   another claimer is stale and counts for nothing.
 */

export function isGroupTask(task: Pick<ProcedureTask, 'assigneeIds'>): boolean {
  return task.assigneeIds.length > 1;
}

export function isClaimable(task: Pick<ProcedureTask, 'kind' | 'assigneeIds'>): boolean {
  return CLAIMABLE_TASK_KINDS.includes(task.kind) && isGroupTask(task);
}

/** Held by all its assignees together: nobody claims it, each may act. */
export function isHeldTogether(task: Pick<ProcedureTask, 'kind' | 'assigneeIds'>): boolean {
  return isGroupTask(task) && !CLAIMABLE_TASK_KINDS.includes(task.kind);
}

/** The one user holding the task: the claimer of a group task, the only assignee of a personal one. */
export function taskHolder(task: Pick<ProcedureTask, 'claimedBy' | 'assigneeIds'>): string | null {
  if (task.claimedBy) return task.claimedBy;
  return isGroupTask(task) ? null : (task.assigneeIds[0] ?? null);
}

type DelegatedTask = Pick<ProcedureTask, 'claimedBy' | 'assigneeIds' | 'delegations'>;

/** Stand-ins the current holder named whose window contains `today` (ISO date, Vietnam), sorted. */
export function activeDelegates(task: DelegatedTask, today: string): string[] {
  const holder = taskHolder(task);
  if (holder === null) return [];
  const to = task.delegations
    .filter(
      (d) =>
        d.from === holder &&
        compareIsoDates(d.validFrom, today) <= 0 &&
        compareIsoDates(today, d.validUntil) <= 0,
    )
    .map((d) => d.to);
  return [...new Set(to)].sort();
}

/** Whether `userId` may act on the task today: its holder, or a stand-in the holder named for today. */
export function mayDecide(task: DelegatedTask, userId: string, today: string): boolean {
  return taskHolder(task) === userId || activeDelegates(task, today).includes(userId);
}

/**
 * Whether `userId` may act on the task today, whatever its kind: `mayDecide`, or any assignee of a task
 * held together (an evaluation by each evaluator of the receiving unit, a hand-over).
 */
export function mayAct(
  task: DelegatedTask & Pick<ProcedureTask, 'kind'>,
  userId: string,
  today: string,
): boolean {
  return mayDecide(task, userId, today) || (isHeldTogether(task) && task.assigneeIds.includes(userId));
}

type RelatedTask = Pick<ProcedureTask, 'kind' | 'status' | 'claimedBy' | 'assigneeIds' | 'delegations'>;

/**
 * How the user relates to the task. `mine` in the inbox is every relation but `claimable` and `other`;
 * `claimable` is an open group task of a claimable kind that nobody claimed yet and that lists the user.
 */
export function taskRelation(task: RelatedTask, userId: string, today: string): TaskRelation {
  if (task.claimedBy === userId) return 'claimed_by_me';
  if (taskHolder(task) === userId) return 'assigned';
  if (isHeldTogether(task) && task.assigneeIds.includes(userId)) return 'assigned';
  if (activeDelegates(task, today).includes(userId)) return 'delegated_to_me';
  if (
    task.status === 'open' &&
    isClaimable(task) &&
    task.claimedBy === null &&
    task.assigneeIds.includes(userId)
  )
    return 'claimable';
  return 'other';
}

/**
 * What the user may do to the task now, through the one task API. `ownCase`: the user is the proposer
 * or a subject of the procedure, who may act on none of its tasks but the proposer's own work
 * (PROPOSER_TASK_KINDS: the revision they were returned, a plan's composition). Whether the procedure still takes
 * commands, and a kind's own checks, stay with the workflow, which refuses anything else with a code.
 */
export function taskActions(
  task: RelatedTask,
  userId: string,
  today: string,
  ownCase: boolean,
): TaskAction[] {
  if (task.status !== 'open' || (ownCase && !PROPOSER_TASK_KINDS.includes(task.kind))) return [];
  const relation = taskRelation(task, userId, today);
  if (relation === 'other') return [];
  if (relation === 'claimable') return ['claim'];
  const actions: TaskAction[] = [];
  if (task.claimedBy === userId) actions.push('unclaim');
  const holds = taskHolder(task) === userId;
  const verdicts = VERDICTS_BY_TASK_KIND[task.kind];
  if (verdicts) actions.push(...verdicts);
  else actions.push('act');
  if (holds && CLAIMABLE_TASK_KINDS.includes(task.kind)) actions.push('delegate');
  return actions;
}
