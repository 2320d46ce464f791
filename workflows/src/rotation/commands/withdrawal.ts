import { setHandler } from '@temporalio/workflow';
import {
  resubmitRotationUpdate,
  TaskKeys,
  withdrawRotationUpdate,
  type ResubmitRotationCommand,
  type WithdrawRotationCommand,
} from '@personnel/contracts';
import { completed } from '@personnel/domain';
import { checkActor, MIN_EXCEPTION_REASON, refuse } from '../../kit';
import type { RotationContext } from '../context';
import { closeRotation, openRotationRound } from '../transitions';

/** What the proposer may do before the decision: withdraw the rotation, or resubmit it after a return. */
export function registerProposerCommands(ctx: RotationContext): void {
  const s = ctx.state;
  const { input } = ctx;
  const proposerOnly = (userId: string, what: string) => {
    if (userId !== input.proposedBy)
      refuse('not_authorised', `only the proposer (${input.proposedBy}) may ${what}`);
  };

  setHandler(
    withdrawRotationUpdate,
    async (command: WithdrawRotationCommand) => {
      const reason = command.reason.trim();
      s.withdrawn = true;
      const changed = closeRotation(ctx, 'withdrawn', reason);
      await ctx.record('withdrawn', command.actor.userId, { reason }, changed);
      return s.status();
    },
    {
      validator: (command: WithdrawRotationCommand) => {
        checkActor(command?.actor);
        ctx.assertBeforeDecision();
        proposerOnly(command.actor.userId, 'withdraw the rotation');
        if (s.writing) refuse('wrong_stage', 'the decision is being recorded');
        if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
          refuse(
            'invalid',
            `reason: why the rotation is withdrawn, at least ${MIN_EXCEPTION_REASON} characters`,
          );
      },
    },
  );

  setHandler(
    resubmitRotationUpdate,
    async (command: ResubmitRotationCommand) => {
      const at = ctx.now();
      const comment = command.comment.trim();
      const revised = ctx.change(
        completed(
          s.existingTask(TaskKeys.revision(s.detail.round)),
          'resubmitted',
          command.actor.userId,
          at,
          comment,
        ),
      );
      s.detail.round++;
      const opened = openRotationRound(ctx);
      await ctx.record('resubmitted', command.actor.userId, { round: s.detail.round, comment }, [
        ...revised,
        ...opened,
      ]);
      return s.status();
    },
    {
      validator: (command: ResubmitRotationCommand) => {
        checkActor(command?.actor);
        ctx.assertBeforeDecision();
        if (s.stage !== 'revision') refuse('wrong_stage', 'the rotation was not returned for revision');
        proposerOnly(command.actor.userId, 'resubmit the rotation');
        if (typeof command.comment !== 'string' || !command.comment.trim() || command.comment.length > 4000)
          refuse('invalid', 'comment: what was revised, 1 to 4000 characters');
      },
    },
  );
}
