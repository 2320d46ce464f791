import { afterDecision, cancelOpen, openRevision, registerTaskCommands } from '../../kit';
import type { RotationContext } from '../context';
import { closeRotation, openRotationDecision } from '../transitions';

/**
 * The kit's task commands on a rotation: a decided sign-off ends the round rejected (the procedure
 * closes), returned (the proposer revises) or approved (the decision opens), or opens its next step.
 * Claims and delegations work on every task, before and during the rotation.
 */
export function registerRotationTaskCommands(ctx: RotationContext): void {
  const s = ctx.state;
  const { input } = ctx;
  registerTaskCommands(ctx, {
    ownCase: (actor) => ctx.ownCase(actor),
    ownCaseUser: (userId) => userId === input.proposedBy,
    assertRunning: () => ctx.assertActive(),
    decided: (_task, comment) => {
      const round = { round: s.detail.round, mode: input.signOffMode };
      const { changed, outcome } = afterDecision(ctx, round, comment, {
        rejected: (why) => closeRotation(ctx, 'rejected', why),
        returned: () => [
          ...cancelOpen(ctx),
          ...openRevision(ctx, s.detail.round, input.proposedBy, 'revision'),
        ],
        approved: () => openRotationDecision(ctx),
      });
      return { changed, payload: { roundOutcome: outcome } };
    },
  });
}
