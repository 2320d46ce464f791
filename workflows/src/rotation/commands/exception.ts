import { setHandler } from '@temporalio/workflow';
import { grantRotationExceptionUpdate, type RotationExceptionCommand } from '@personnel/contracts';
import { checkActor, checkException, grantException } from '../../kit';
import type { RotationContext } from '../context';

/** A leader's reasoned exception lets a rotation that fails a rule go to the collective. */
export function registerExceptionCommand(ctx: RotationContext): void {
  const s = ctx.state;
  setHandler(
    grantRotationExceptionUpdate,
    async (command: RotationExceptionCommand) => {
      const at = ctx.now();
      const reason = command.reason.trim();
      s.detail.exception = { grantedBy: command.actor.userId, reason, at };
      const changed = grantException(ctx, command.actor.userId, reason, at, 'consultation');
      const failed = s.detail.eligibility?.checks.filter((c) => !c.passed).map((c) => c.rule) ?? [];
      await ctx.record('exception_granted', command.actor.userId, { reason, rules: failed }, changed);
      return s.status();
    },
    {
      validator: (command: RotationExceptionCommand) => {
        checkActor(command?.actor);
        ctx.assertBeforeDecision();
        checkException(ctx, command, 'awaiting_exception', (actor) => ctx.ownCase(actor));
      },
    },
  );
}
