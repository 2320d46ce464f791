import { setHandler } from '@temporalio/workflow';
import {
  EVALUATION_RATINGS,
  evaluateRotationUpdate,
  TaskKeys,
  type EvaluateRotationCommand,
} from '@personnel/contracts';
import { completed, mayAct } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { RotationContext } from '../context';

const COMMENT_MAX = 4000;

/**
 * The receiving unit's evaluation of one year of the rotation (QĐ 65): a rating and a reasoned comment,
 * on the year's open task. An evaluation after its deadline (escalated to the signer) is marked late.
 */
export function registerEvaluationCommand(ctx: RotationContext): void {
  const s = ctx.state;
  setHandler(
    evaluateRotationUpdate,
    async (command: EvaluateRotationCommand) => {
      const at = ctx.now();
      const task = s.existingTask(TaskKeys.evaluation(command.year));
      const evaluation = {
        year: command.year,
        rating: command.rating,
        comment: command.comment.trim(),
        by: command.actor.userId,
        at,
        late: task.escalated,
      };
      s.detail.evaluations.push(evaluation);
      const changed = ctx.change(completed(task, 'evaluated', command.actor.userId, at, evaluation.comment));
      await ctx.record('evaluated', command.actor.userId, { ...evaluation }, changed);
      return s.status();
    },
    {
      validator: (command: EvaluateRotationCommand) => {
        checkActor(command?.actor);
        ctx.assertActive();
        ctx.notOwnCase(command.actor);
        if (!Number.isInteger(command.year)) refuse('invalid', 'year: the year of the rotation (1, 2, …)');
        const task = s.task(TaskKeys.evaluation(command.year));
        if (!task) refuse('unknown_task', `year ${command.year} of the rotation is not open for evaluation`);
        if (task.status !== 'open') refuse('task_closed', `year ${command.year} is already evaluated`);
        if (!mayAct(task, command.actor.userId, ctx.today()))
          refuse('not_assignee', `the evaluation is for ${task.assigneeIds.join(' or ')}`, {
            assignees: task.assigneeIds,
          });
        if (!EVALUATION_RATINGS.includes(command.rating))
          refuse('invalid', `rating: one of ${EVALUATION_RATINGS.join(', ')}`);
        if (
          typeof command.comment !== 'string' ||
          !command.comment.trim() ||
          command.comment.length > COMMENT_MAX
        )
          refuse('invalid', `comment: the evaluation's reasons, 1 to ${COMMENT_MAX} characters`);
      },
    },
  );
}
