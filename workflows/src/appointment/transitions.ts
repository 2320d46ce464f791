import type { AppointmentState, ProcedureTask } from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';
import * as kit from '../kit';
import type { AppointmentContext } from './context';

/**
 * The appointment's stage changes, on the kit's pieces; each returns the tasks it changed so the caller
 * records them in the same step.
 */
export function openRound(ctx: AppointmentContext): ProcedureTask[] {
  const { signOffMode: mode, signOff: steps } = ctx.input;
  return kit.openRound(ctx, { round: ctx.state.round, mode, steps }, 'sign_off');
}

export function openDecision(ctx: AppointmentContext, forTerm: number): ProcedureTask[] {
  return kit.openDecision(ctx, {
    key: forTerm === 1 ? TaskKeys.decision : `${TaskKeys.decision}-t${forTerm}`,
    label: forTerm === 1 ? 'Ký quyết định bổ nhiệm' : `Ký quyết định bổ nhiệm lại (nhiệm kỳ ${forTerm})`,
    signerId: ctx.input.signerId,
    stage: 'awaiting_decision',
  });
}

export function openRevision(ctx: AppointmentContext): ProcedureTask[] {
  return kit.openRevision(ctx, ctx.state.round, ctx.input.proposedBy, 'returned_for_revision');
}

export const cancelOpen = (ctx: AppointmentContext): ProcedureTask[] => kit.cancelOpen(ctx);

/** Ends the procedure without an appointment: its state, its reason and the `closed` stage. */
export function closeProcedure(
  ctx: AppointmentContext,
  state: Exclude<AppointmentState, 'in_progress' | 'appointed'>,
  reason: string | null,
): void {
  ctx.state.close(state, reason);
  ctx.enterStage('closed');
}
