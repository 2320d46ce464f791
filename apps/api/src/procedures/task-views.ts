import type { AuthenticatedUser, TaskView } from '@personnel/contracts';
import { activeDelegates, taskActions, taskRelation } from '@personnel/domain';
import type { InboxTask } from '@personnel/persistence';

/**
 * A task as the signed-in user sees it: how they relate to it, who stands in for its holder today and
 * what they may do to it now, all from the one domain rule (libs/domain task-rule) that the inbox SQL
 * and the workflow's validators follow too. `today` is the Vietnam calendar date (todayInVietnam).
 */
export function toTaskView(task: InboxTask, user: AuthenticatedUser, today: string): TaskView {
  const { delegations, proposedBy, subjectCadreIds, ...view } = task;
  const rule = {
    kind: task.kind,
    status: task.status,
    claimedBy: task.claimedBy,
    assigneeIds: task.assigneeIds,
    delegations,
  };
  // The proposer and the cadres a procedure is about (eliminated candidates too) act on none of its tasks.
  const subjects = subjectCadreIds ?? task.cadreIds;
  const ownCase = user.username === proposedBy || (!!user.cadreId && subjects.includes(user.cadreId));
  return {
    ...view,
    activeDelegates: activeDelegates(rule, today),
    relation: taskRelation(rule, user.username, today),
    actions: taskActions(rule, user.username, today, ownCase),
  };
}
