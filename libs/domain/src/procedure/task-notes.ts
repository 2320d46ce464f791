import {
  REASSIGNABLE_TASK_KINDS,
  type CommentTaskCommand,
  type ProcedureTask,
  type ReassignTaskCommand,
  type RefusalCode,
  type Role,
} from '@personnel/contracts';
import { holdsAnyRole } from './roles';
import { activeDelegates, taskHolder } from './task-rule';
import type { TaskCheck } from './task-board';

/**
 * Who manages the inbox of others: the organisation office (Ban Tổ chức), which routes every case, and
 * a leader. They reassign a sign-off away from someone absent or overloaded (an administrator holds
 * every role, libs/domain roles.ts).
 */
export const REASSIGN_ROLES: readonly Role[] = ['org_office', 'leader'];

/** A comment without a verdict is at most this long, as a decision's comment (MAX_REASON). */
export const MAX_TASK_COMMENT = 2000;

const OK: TaskCheck = { ok: true };
const refuse = (code: RefusalCode, message: string): TaskCheck => ({ ok: false, code, message });

function openTask(task: ProcedureTask | undefined, key: string): TaskCheck {
  if (!task) return refuse('unknown_task', `there is no task ${key} in this procedure`);
  if (task.status !== 'open') return refuse('task_closed', `task ${key} is ${task.status}, not open`);
  return OK;
}

/** Whether this user takes part in the task: an assignee, its claimer, or a stand-in for today. */
export function takesPart(task: ProcedureTask, userId: string, today: string): boolean {
  return (
    task.assigneeIds.includes(userId) ||
    task.claimedBy === userId ||
    activeDelegates(task, today).includes(userId)
  );
}

/**
 * A comment on an open task without a verdict: by those who take part in it, or a manager. It decides
 * nothing, so separation of duties does not keep the proposer from answering on their own revision.
 */
export function checkCommentTask(
  task: ProcedureTask | undefined,
  command: CommentTaskCommand,
  today: string,
): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  const user = command.actor.userId;
  if (!takesPart(task, user, today) && !holdsAnyRole(command.actor.roles, REASSIGN_ROLES))
    return refuse('not_assignee', `${user} takes no part in this task and manages no inbox`);
  const text = typeof command.comment === 'string' ? command.comment.trim() : '';
  if (!text) return refuse('invalid', 'a comment needs some text');
  if (text.length > MAX_TASK_COMMENT)
    return refuse('invalid', `a comment is at most ${MAX_TASK_COMMENT} characters`);
  return OK;
}

/**
 * A manager (REASSIGN_ROLES) gives an open task of a reassignable kind to another person, with a
 * reason. The manager may not be a party to the case, nor may the person named (`isOwnCaseUser`).
 */
export function checkReassignTask(
  task: ProcedureTask | undefined,
  command: ReassignTaskCommand,
  isOwnCaseUser: (userId: string) => boolean,
): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  if (!holdsAnyRole(command.actor.roles, REASSIGN_ROLES))
    return refuse(
      'not_authorised',
      `only a manager (role ${REASSIGN_ROLES.join(' or ')}) reassigns a task; ${command.actor.userId} is not one`,
    );
  if (!REASSIGNABLE_TASK_KINDS.includes(task.kind))
    return refuse(
      'invalid',
      `a ${task.kind} task is not reassigned (only ${REASSIGNABLE_TASK_KINDS.join(', ')})`,
    );
  const to = command.toUserId;
  if (typeof to !== 'string' || !to) return refuse('invalid', 'name the person who takes the task');
  if (taskHolder(task) === to && !task.assigneeIds.some((a) => a !== to))
    return refuse('invalid', `${to} already holds this task`);
  if (isOwnCaseUser(to)) return refuse('own_case', `${to} may not act on their own case`);
  if (typeof command.reason !== 'string' || !command.reason.trim())
    return refuse('invalid', 'a reassignment needs a reason');
  return OK;
}

/** The task as `to`'s personal task: the group, the claim and the old holder's stand-ins give way. */
export function withReassignment(task: ProcedureTask, to: string): ProcedureTask {
  return { ...task, assigneeIds: [to], claimedBy: null, delegations: [] };
}
