import { MIN_COMMAND_REASON, TaskKeys, type ActorRef, type ProcedureTask } from '@personnel/contracts';
import { completed, newTask, holdsRole } from '@personnel/domain';
import type { ProcedureContext } from './context';
import { refuse } from './refusal';
import type { KitState } from './state';

/** What a kind's rules found: who failed, and what the journal's `eligibility_checked` row says. */
export interface GateFindings {
  failing: string[];
  payload: Record<string, unknown>;
}

/**
 * The eligibility gate: the kind loads the plain facts and runs its rules (deterministically, in the
 * workflow), then everyone passes into `passStage`, or the procedure stops in `waitStage` with a task
 * for `exceptionAssignees` until a leader grants a reasoned exception. False when it stopped for good.
 */
export async function eligibilityGate<S extends KitState>(
  ctx: ProcedureContext<S>,
  p: {
    evaluate: () => Promise<GateFindings>;
    passStage: S['stage'];
    waitStage: S['stage'];
    exceptionAssignees: string[];
    excepted: () => boolean;
    wait: (done: () => boolean) => Promise<void>;
  },
): Promise<boolean> {
  const s = ctx.state;
  const findings = await p.evaluate();
  const blocked = findings.failing.length > 0;
  ctx.enterStage(blocked ? p.waitStage : p.passStage);
  const exceptionTask = blocked
    ? ctx.change(
        newTask(
          TaskKeys.exception,
          'exception',
          'Xem xét ngoại lệ về tiêu chuẩn, điều kiện',
          [...new Set(p.exceptionAssignees)],
          true,
          ctx.taskTiming(),
        ),
      )
    : [];
  await ctx.record('eligibility_checked', 'system', findings.payload, exceptionTask);
  if (!blocked) return true;
  await p.wait(() => p.excepted() || !s.isRunning());
  return s.isRunning();
}

/** A leader's exception is reasoned or it is not granted (the contract's minimum). */
export const MIN_EXCEPTION_REASON = MIN_COMMAND_REASON;

/** The checks of a leader's exception, beyond the kind's own (running, own case). */
export function checkException<S extends KitState>(
  ctx: ProcedureContext<S>,
  command: { actor: ActorRef; reason: string },
  waitStage: S['stage'],
  ownCase: (actor: ActorRef) => boolean,
): void {
  if (ctx.state.stage !== waitStage) refuse('wrong_stage', 'no eligibility exception is waiting');
  if (!holdsRole(command.actor.roles, 'leader'))
    refuse('not_authorised', 'only a leader may grant an exception');
  if (ownCase(command.actor))
    refuse('own_case', `${command.actor.userId} may not act on their own case`, {
      userId: command.actor.userId,
    });
  const task = ctx.state.task(TaskKeys.exception);
  if (task && !task.assigneeIds.includes(command.actor.userId))
    refuse('not_assignee', `the exception is for ${task.assigneeIds.join(' or ')} to grant`, {
      assignees: task.assigneeIds,
    });
  if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
    refuse('invalid', `an exception needs a reason of at least ${MIN_EXCEPTION_REASON} characters`);
}

/** Closes the exception task as granted and lets the procedure into `passStage`; the tasks it changed. */
export function grantException<S extends KitState>(
  ctx: ProcedureContext<S>,
  grantedBy: string,
  reason: string,
  at: string,
  passStage: S['stage'],
): ProcedureTask[] {
  const task = ctx.state.task(TaskKeys.exception);
  const changed = task ? ctx.change(completed(task, 'granted', grantedBy, at, reason)) : [];
  ctx.enterStage(passStage);
  return changed;
}
