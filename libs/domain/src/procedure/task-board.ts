import type {
  ActorRef,
  RefusalCode,
  RefusalParams,
  ClaimTaskCommand,
  DecideTaskCommand,
  DelegateTaskCommand,
  Delegation,
  ProcedureTask,
  TaskOutcome,
} from '@personnel/contracts';
import { CLAIMABLE_TASK_KINDS, REASONED_TASK_KINDS, VERDICTS_BY_TASK_KIND } from '@personnel/contracts';
import { compareIsoDates, isIsoDate } from '../calendar/iso-date';
import { isGroupTask, mayDecide, taskHolder } from './task-rule';

/**
 * The task commands' checks and what claiming, delegating and deciding do to a task, on the one rule of
 * who may act (task-rule). Pure: the workflow's Update validators run these at the moment a command is
 * applied, so a task reassigned or claimed away in the meantime refuses the command.
 */
export type TaskCheck =
  { ok: true } | { ok: false; code: RefusalCode; message: string; params?: RefusalParams };

const OK: TaskCheck = { ok: true };
const refuse = (code: RefusalCode, message: string, params?: RefusalParams): TaskCheck => ({
  ok: false,
  code,
  message,
  ...(params ? { params } : {}),
});

function openTask(task: ProcedureTask | undefined, key: string): TaskCheck {
  if (!task) return refuse('unknown_task', `there is no task ${key} in this procedure`);
  if (task.status === 'waiting') return refuse('wrong_stage', `task ${key} is not open yet`);
  if (task.status !== 'open') return refuse('task_closed', `task ${key} is already ${task.status}`);
  return OK;
}

export function checkClaim(task: ProcedureTask | undefined, command: ClaimTaskCommand): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  const user = command.actor.userId;
  if (!task.assigneeIds.includes(user))
    return refuse('not_assignee', `${user} is not among this task's assignees`, {
      assignees: task.assigneeIds,
    });
  if (!CLAIMABLE_TASK_KINDS.includes(task.kind))
    return refuse('invalid', `a ${task.kind} task is held by all its assignees; nobody claims it`);
  if (!isGroupTask(task)) return refuse('invalid', 'a personal task needs no claim');
  if (task.claimedBy === user) return refuse('invalid', `${user} already holds this task`);
  if (task.claimedBy)
    return refuse('claimed_by_other', `${task.claimedBy} has already claimed this task`, {
      claimedBy: task.claimedBy,
    });
  return OK;
}

export function checkUnclaim(task: ProcedureTask | undefined, command: ClaimTaskCommand): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  if (!task.claimedBy) return refuse('not_claimed', 'nobody holds this task');
  if (task.claimedBy !== command.actor.userId)
    return refuse('claimed_by_other', `${task.claimedBy} holds this task; only they can give it back`, {
      claimedBy: task.claimedBy,
    });
  return OK;
}

export function checkDelegate(
  task: ProcedureTask | undefined,
  command: DelegateTaskCommand,
  today: string,
  isOwnCaseUser: (userId: string) => boolean,
): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  const user = command.actor.userId;
  if (taskHolder(task) !== user)
    return refuse(
      isGroupTask(task) && !task.claimedBy ? 'not_claimed' : 'not_assignee',
      isGroupTask(task) && !task.claimedBy
        ? 'claim the task before delegating it'
        : `only the holder of this task may delegate it`,
    );
  if (!command.toUserId || command.toUserId === user)
    return refuse('invalid', 'name a stand-in other than yourself');
  if (isOwnCaseUser(command.toUserId))
    return refuse('own_case', `${command.toUserId} may not act on their own case`, {
      userId: command.toUserId,
    });
  if (!isIsoDate(command.validFrom) || !isIsoDate(command.validUntil))
    return refuse('invalid', 'validFrom and validUntil must be dates (YYYY-MM-DD)');
  if (compareIsoDates(command.validFrom, command.validUntil) > 0)
    return refuse('invalid', 'validUntil must not be before validFrom');
  if (compareIsoDates(command.validUntil, today) < 0)
    return refuse('invalid', 'the window has already ended');
  if (typeof command.reason !== 'string' || command.reason.trim() === '')
    return refuse('invalid', 'a delegation needs a reason');
  return OK;
}

export function checkDecideTask(
  task: ProcedureTask | undefined,
  command: DecideTaskCommand,
  today: string,
): TaskCheck {
  const open = openTask(task, command.taskKey);
  if (!open.ok || !task) return open;
  const verdicts = VERDICTS_BY_TASK_KIND[task.kind];
  if (!verdicts) return refuse('wrong_stage', `task ${task.key} is not decided with a verdict`);
  if (!verdicts.includes(command.verdict)) return refuse('invalid', `verdict must be ${verdicts.join(', ')}`);
  const user = command.actor.userId;
  if (!mayDecide(task, user, today)) {
    if (isGroupTask(task) && !task.claimedBy && task.assigneeIds.includes(user))
      return refuse('not_claimed', 'claim this group task before deciding it');
    if (task.claimedBy && task.claimedBy !== user && task.assigneeIds.includes(user))
      return refuse('claimed_by_other', `${task.claimedBy} has claimed this task`, {
        claimedBy: task.claimedBy,
      });
    return refuse('not_assignee', `${user} may not decide this task`, { assignees: task.assigneeIds });
  }
  const reasoned = REASONED_TASK_KINDS.includes(task.kind) || command.verdict !== 'approve';
  if (reasoned && !(command.comment ?? '').trim())
    return refuse('invalid', `a ${command.verdict} needs a comment saying why`);
  return OK;
}

export function withClaim(task: ProcedureTask, claimedBy: string | null): ProcedureTask {
  return { ...task, claimedBy };
}

export function withDelegation(task: ProcedureTask, delegation: Delegation): ProcedureTask {
  return { ...task, delegations: [...task.delegations, delegation] };
}

export function completed(
  task: ProcedureTask,
  outcome: TaskOutcome,
  by: string,
  at: string,
  comment: string | null,
): ProcedureTask {
  return { ...task, status: 'done', outcome, completedBy: by, completedAt: at, comment };
}

export function cancelled(task: ProcedureTask, at: string): ProcedureTask {
  return { ...task, status: 'cancelled', completedAt: at };
}

/** The user who is the nominee or the proposer of the case may not act on it. */
export function isOwnCase(actor: ActorRef, proposedBy: string, candidateIds: readonly string[]): boolean {
  return actor.userId === proposedBy || (actor.cadreId !== null && candidateIds.includes(actor.cadreId));
}
