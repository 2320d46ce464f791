import type { ProcedureTask, RotationState } from '@personnel/contracts';
import { TaskKeys } from '@personnel/contracts';
import { cancelOpen, openDecision, openRound } from '../kit';
import type { RotationContext } from './context';

/** Ends the procedure in `state` (its open tasks cancelled); the tasks it changed. */
export function closeRotation(
  ctx: RotationContext,
  state: RotationState,
  reason: string | null,
): ProcedureTask[] {
  const changed = cancelOpen(ctx);
  ctx.state.state = state;
  ctx.state.detail.closedReason = reason;
  ctx.enterStage('closed');
  return changed;
}

/** Opens the sign-off round the rotation is at. */
export function openRotationRound(ctx: RotationContext): ProcedureTask[] {
  const { input } = ctx;
  return openRound(
    ctx,
    { round: ctx.state.detail.round, mode: input.signOffMode, steps: input.signOff },
    'sign_off',
  );
}

/** Every sign-off approved: the signer's decision task. */
export function openRotationDecision(ctx: RotationContext): ProcedureTask[] {
  return openDecision(ctx, {
    key: TaskKeys.decision,
    label: 'Ký quyết định luân chuyển cán bộ',
    signerId: ctx.input.signerId,
    stage: 'awaiting_decision',
  });
}
