import {
  isTaskChange,
  type AuthenticatedUser,
  type ChangedTaskView,
  type ProcedureTask,
  type TaskCommandAnswer,
  type TaskUpdateAnswer,
} from '@personnel/contracts';
import type { ProcedureScope } from '@personnel/persistence';
import { isOwnCase, taskAccess } from '../procedures/task-views';

/**
 * The HTTP answer of a task command, from what the kit's task Update answered: a TaskChange (the tasks
 * the command changed, its journal position), or the whole status a worker of before answered, and an
 * Update completion recorded then still carries (every task, no position: the panel then reads the
 * procedure again). Each task with the caller's relation and actions, by the one task rule.
 */
export function taskCommandAnswer(
  workflowId: string,
  answer: TaskUpdateAnswer,
  procedure: Pick<ProcedureScope, 'proposedBy' | 'subjectCadreIds'>,
  user: AuthenticatedUser,
  today: string,
): TaskCommandAnswer {
  const ownCase = isOwnCase(user, procedure.proposedBy, procedure.subjectCadreIds);
  const view = (task: ProcedureTask): ChangedTaskView => ({
    taskKey: task.key,
    kind: task.kind,
    label: task.label,
    status: task.status,
    outcome: task.outcome,
    assigneeIds: task.assigneeIds,
    claimedBy: task.claimedBy,
    completedBy: task.completedBy,
    comment: task.comment,
    dueAt: task.dueAt,
    escalated: task.escalated,
    ...taskAccess(task, user, today, ownCase),
  });
  return {
    workflowId,
    state: answer.state,
    stage: answer.stage,
    sequence: isTaskChange(answer) ? answer.sequence : null,
    tasks: answer.tasks.map(view),
  };
}
