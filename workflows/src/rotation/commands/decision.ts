import { setHandler } from '@temporalio/workflow';
import { issueRotationDecisionUpdate, TaskKeys, type RotationDecisionCommand } from '@personnel/contracts';
import { completed, newTask, rotationLastDay } from '@personnel/domain';
import { checkActor, checkDecision, refuse, signedDecision } from '../../kit';
import type { RotationContext } from '../context';
import { writeDecidedAssignment } from '../registry-writes';

/**
 * The signer's decision: the assignments are written first (the cadre's post ends, the destination
 * starts as a rotation, its holder is ended when the decision replaces them), then the decision is
 * recorded with the hand-over task of the receiving unit.
 */
export function registerDecisionCommand(ctx: RotationContext): void {
  const s = ctx.state;
  const { input } = ctx;
  setHandler(
    issueRotationDecisionUpdate,
    async (command: RotationDecisionCommand) => {
      const decision = signedDecision(command, ctx.now());
      const written = await writeDecidedAssignment(ctx, {
        postId: input.toPostId,
        kind: 'rotation',
        endsPostId: input.fromPostId,
        replaceHolder: input.replaceHolder === true,
        decision,
      });
      s.detail.decision = decision;
      s.detail.lastDay = rotationLastDay(decision.effectiveDate, s.totalMonths());
      s.state = 'rotating';
      const signed = ctx.change(
        completed(
          s.existingTask(TaskKeys.decision),
          'signed',
          command.actor.userId,
          decision.signedAt,
          decision.number,
        ),
      );
      ctx.enterStage('hand_over');
      const handOver = ctx.change(
        newTask(
          TaskKeys.handOver,
          'hand_over',
          'Tiếp nhận cán bộ luân chuyển',
          [...input.receivingIds],
          true,
          ctx.taskTiming(),
        ),
      );
      await ctx.record(
        'decided',
        command.actor.userId,
        {
          ...decision,
          assignmentId: written.assignmentId,
          replaced: written.replaced,
          lastDay: s.detail.lastDay,
        },
        [...signed, ...handOver],
      );
      return s.status();
    },
    {
      validator: (command: RotationDecisionCommand) => {
        checkActor(command?.actor);
        if (s.writing) refuse('wrong_stage', 'the decision is being recorded; try again in a moment');
        checkDecision(ctx, command, {
          stage: 'awaiting_decision',
          proposedAt: input.proposedAt,
          ownCase: (actor) => ctx.ownCase(actor),
        });
      },
    },
  );
}
