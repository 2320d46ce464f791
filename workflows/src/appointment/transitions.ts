import type { ProcedureTask } from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';
import { cancelled, newTask, openSignOffRound } from '@personnel/domain';
import type { ProcedureContext } from './procedure-context';

/**
 * Stage changes shared by the main flow and the Update handlers; each returns the tasks it changed so
 * the caller records them in the same step.
 */
export function openRound(ctx: ProcedureContext): ProcedureTask[] {
  ctx.state.stage = 'sign_off';
  return ctx.change(
    ...openSignOffRound(ctx.state.round, ctx.input.signOffMode, ctx.input.signOff, ctx.taskTiming()),
  );
}

export function openDecision(ctx: ProcedureContext, forTerm: number): ProcedureTask[] {
  ctx.state.stage = 'awaiting_decision';
  const key = forTerm === 1 ? TaskKeys.decision : `${TaskKeys.decision}-t${forTerm}`;
  const label = forTerm === 1 ? 'Ký quyết định bổ nhiệm' : `Ký quyết định bổ nhiệm lại (nhiệm kỳ ${forTerm})`;
  return ctx.change(newTask(key, 'decision', label, [ctx.input.signerId], true, ctx.taskTiming()));
}

export function openRevision(ctx: ProcedureContext): ProcedureTask[] {
  ctx.state.stage = 'returned_for_revision';
  return ctx.change(
    newTask(
      TaskKeys.revision(ctx.state.round),
      'revision',
      'Bổ sung, hoàn thiện hồ sơ',
      [ctx.input.proposedBy],
      true,
      ctx.taskTiming(),
    ),
  );
}

/** Cancels every task still open or waiting (a reject, a return, a withdrawal). */
export function cancelOpen(ctx: ProcedureContext): ProcedureTask[] {
  const at = ctx.now();
  return ctx.change(
    ...ctx.state.tasks
      .filter((t) => t.status === 'open' || t.status === 'waiting')
      .filter((t) => t.kind !== 'conference')
      .map((t) => cancelled(t, at)),
  );
}

/** The open decision task, whatever term it is for. */
export function openDecisionTask(ctx: ProcedureContext): ProcedureTask | undefined {
  return ctx.state.tasks.find((t) => t.kind === 'decision' && t.status === 'open');
}
