import { registerTaskCommands, afterDecision } from '../../kit';
import type { AppointmentContext } from '../context';
import { cancelOpen, closeProcedure, openDecision, openRevision } from '../transitions';
import { guards } from './guards';

/**
 * The kit's task commands on an appointment: a decided sign-off ends the round rejected (the procedure
 * closes), returned (the proposer revises) or approved (the decision opens), or opens its next step.
 */
export function registerAppointmentTaskCommands(ctx: AppointmentContext): void {
  const s = ctx.state;
  const { input } = ctx;
  const g = guards(ctx);
  registerTaskCommands(ctx, {
    ownCase: g.ownCase,
    ownCaseUser: (userId) => userId === input.proposedBy,
    assertRunning: g.running,
    decided: (_task, comment) => {
      const { changed, outcome } = afterDecision(ctx, { round: s.round, mode: input.signOffMode }, comment, {
        rejected: (why) => {
          const cancelledTasks = cancelOpen(ctx);
          closeProcedure(ctx, 'rejected', why);
          return cancelledTasks;
        },
        returned: () => [...cancelOpen(ctx), ...openRevision(ctx)],
        approved: () => openDecision(ctx, s.term),
      });
      return { changed, payload: { roundOutcome: outcome } };
    },
  });
}
