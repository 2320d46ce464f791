import type { ActorRef, ProcedureTask } from '@personnel/contracts';
import { compareIsoDates, isIsoDate, mayDecide, newTask, vietnamDate } from '@personnel/domain';
import type { ProcedureContext } from './context';
import { refuse } from './refusal';
import type { KitState } from './state';

/** A signed decision: its number as printed, who signed, from when it takes effect. */
export interface SignedDecision {
  number: string;
  signerId: string;
  effectiveDate: string;
  signedAt: string;
}

/** Opens the decision task for its signer and enters the stage that waits for it. */
export function openDecision<S extends KitState>(
  ctx: ProcedureContext<S>,
  p: { key: string; label: string; signerId: string; stage: S['stage'] },
): ProcedureTask[] {
  ctx.enterStage(p.stage);
  return ctx.change(newTask(p.key, 'decision', p.label, [p.signerId], true, ctx.taskTiming()));
}

/** The open decision task, whatever it is for. */
export function openDecisionTask(s: KitState): ProcedureTask | undefined {
  return s.tasks.find((t) => t.kind === 'decision' && t.status === 'open');
}

/**
 * The checks of a decision command: a decision is waiting in `stage`, the actor may sign it (holder or
 * a stand-in the holder named), the number and the effective date are sound: the effective date is not
 * before the day of the proposal in Vietnam (`proposedAt` is an instant; at 03:00 in Hà Nội the UTC day
 * is still the day before).
 */
export function checkDecision<S extends KitState>(
  ctx: ProcedureContext<S>,
  command: { actor: ActorRef; number: string; effectiveDate: string },
  p: { stage: S['stage']; proposedAt: string; ownCase: (actor: ActorRef) => boolean },
): void {
  const task = openDecisionTask(ctx.state);
  if (ctx.state.stage !== p.stage || !task) refuse('wrong_stage', 'no decision is waiting to be signed');
  if (p.ownCase(command.actor))
    refuse('own_case', `${command.actor.userId} may not act on their own case`, {
      userId: command.actor.userId,
    });
  if (!mayDecide(task, command.actor.userId, ctx.today()))
    refuse('not_assignee', `the decision is for ${task.assigneeIds.join(' or ')} to sign`, {
      assignees: task.assigneeIds,
    });
  if (typeof command.number !== 'string' || !command.number.trim() || command.number.length > 64)
    refuse('invalid', 'number: the decision number as printed, up to 64 characters');
  if (!isIsoDate(command.effectiveDate)) refuse('invalid', 'effectiveDate must be a date (YYYY-MM-DD)');
  const proposedOn = vietnamDate(p.proposedAt);
  if (compareIsoDates(command.effectiveDate, proposedOn) < 0)
    refuse('invalid', `effectiveDate may not be before the day of the proposal (${proposedOn})`);
}

/** The decision as signed by the command's actor now. */
export function signedDecision(
  command: { actor: ActorRef; number: string; effectiveDate: string },
  at: string,
): SignedDecision {
  return {
    number: command.number.trim(),
    signerId: command.actor.userId,
    effectiveDate: command.effectiveDate,
    signedAt: at,
  };
}
