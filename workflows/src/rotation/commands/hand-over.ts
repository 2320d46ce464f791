import { setHandler } from '@temporalio/workflow';
import { confirmHandOverUpdate, TaskKeys, type HandOverCommand } from '@personnel/contracts';
import { completed, mayAct } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { RotationContext } from '../context';

/** Maximum length of the hand-over note. */
const NOTE_MAX = 2000;

/** The receiving unit confirms it has taken the cadre over; the rotation is then under way. */
export function registerHandOverCommand(ctx: RotationContext): void {
  const s = ctx.state;
  setHandler(
    confirmHandOverUpdate,
    async (command: HandOverCommand) => {
      const at = ctx.now();
      const note = command.note?.trim() || null;
      s.detail.handedOverAt = at;
      const changed = ctx.change(
        completed(s.existingTask(TaskKeys.handOver), 'handed_over', command.actor.userId, at, note),
      );
      if (s.stage === 'hand_over') ctx.enterStage('in_rotation');
      await ctx.record('handed_over', command.actor.userId, note ? { note } : {}, changed);
      return s.status();
    },
    {
      validator: (command: HandOverCommand) => {
        checkActor(command?.actor);
        ctx.assertRotating();
        ctx.notOwnCase(command.actor);
        const task = s.task(TaskKeys.handOver);
        if (!task || task.status !== 'open') refuse('task_closed', 'the hand-over is already confirmed');
        if (!mayAct(task, command.actor.userId, ctx.today()))
          refuse('not_assignee', `the hand-over is for ${task.assigneeIds.join(' or ')} to confirm`, {
            assignees: task.assigneeIds,
          });
        if (
          command.note !== undefined &&
          (typeof command.note !== 'string' || command.note.length > NOTE_MAX)
        )
          refuse('invalid', `note: text of at most ${NOTE_MAX} characters`);
      },
    },
  );
}
