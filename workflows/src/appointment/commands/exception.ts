import { setHandler } from '@temporalio/workflow';
import { grantExceptionUpdate, type GrantExceptionCommand } from '@personnel/contracts';
import { checkActor, checkException, grantException } from '../../kit';
import type { AppointmentContext } from '../context';
import { guards } from './guards';

/** A leader's reasoned exception lets candidates who fail a standard into the collective steps. */
export function registerExceptionCommand(ctx: AppointmentContext): void {
  const s = ctx.state;
  const g = guards(ctx);
  setHandler(
    grantExceptionUpdate,
    async (command: GrantExceptionCommand) => {
      const at = ctx.now();
      const failing = s.eligibility.filter((e) => !e.result?.eligible).map((e) => e.cadreId);
      s.exception = { grantedBy: command.actor.userId, reason: command.reason.trim(), at, cadreIds: failing };
      const changed = grantException(
        ctx,
        command.actor.userId,
        s.exception.reason,
        at,
        'collective_proposes',
      );
      await ctx.record(
        'exception_granted',
        command.actor.userId,
        { reason: s.exception.reason, cadreIds: failing },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: GrantExceptionCommand) => {
        checkActor(command?.actor);
        g.running();
        checkException(ctx, command, 'awaiting_exception', g.ownCase);
      },
    },
  );
}
