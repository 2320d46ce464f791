import type {
  AuthenticatedUser,
  Delegation,
  TaskAction,
  TaskKind,
  TaskRelation,
  TaskStatus,
  TaskView,
} from '@personnel/contracts';
import { activeDelegates, taskActions, taskRelation } from '@personnel/domain';
import type { InboxTask } from '@personnel/persistence';

/** What the one task rule reads of a task, whichever read model or Update answer it comes from. */
export interface TaskRuleFacts {
  kind: TaskKind;
  status: TaskStatus;
  claimedBy: string | null;
  assigneeIds: string[];
  delegations: Delegation[];
}

/** The proposer and the cadres a procedure is about (eliminated candidates too) act on none of its tasks. */
export function isOwnCase(user: AuthenticatedUser, proposedBy: string, subjectCadreIds: readonly string[]) {
  return user.username === proposedBy || (!!user.cadreId && subjectCadreIds.includes(user.cadreId));
}

/** Who stands in today, how the user relates to the task and what they may do to it now. */
export function taskAccess(
  task: TaskRuleFacts,
  user: AuthenticatedUser,
  today: string,
  ownCase: boolean,
): { activeDelegates: string[]; relation: TaskRelation; actions: TaskAction[] } {
  const rule = {
    kind: task.kind,
    status: task.status,
    claimedBy: task.claimedBy,
    assigneeIds: task.assigneeIds,
    delegations: task.delegations,
  };
  return {
    activeDelegates: activeDelegates(rule, today),
    relation: taskRelation(rule, user.username, today),
    actions: taskActions(rule, user.username, today, ownCase),
  };
}

/**
 * A task as the signed-in user sees it: how they relate to it, who stands in for its holder today and
 * what they may do to it now, all from the one domain rule (libs/domain task-rule) that the inbox SQL
 * and the workflow's validators follow too. `today` is the Vietnam calendar date (todayInVietnam).
 */
export function toTaskView(task: InboxTask, user: AuthenticatedUser, today: string): TaskView {
  const { delegations: _delegations, proposedBy, subjectCadreIds, ...view } = task;
  const ownCase = isOwnCase(user, proposedBy, subjectCadreIds ?? task.cadreIds);
  return { ...view, ...taskAccess(task, user, today, ownCase) };
}
