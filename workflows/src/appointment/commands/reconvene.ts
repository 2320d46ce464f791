import { setHandler } from '@temporalio/workflow';
import { reconveneUpdate, type ReconveneCommand } from '@personnel/contracts';
import { completed } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { AppointmentContext } from '../context';
import { guards } from './guards';

/** The proposer or the secretary convenes again a conference that was not held, with the reason. */
export function registerReconveneCommand(ctx: AppointmentContext): void {
  const s = ctx.state;
  const g = guards(ctx);
  const reconveneTask = (stepIndex: number) =>
    s.tasks.find(
      (t) => t.kind === 'reconvene' && t.status === 'open' && t.key.startsWith(`reconvene-${stepIndex}-a`),
    );

  setHandler(
    reconveneUpdate,
    async (command: ReconveneCommand) => {
      const reason = command.reason.trim();
      const task = reconveneTask(command.stepIndex);
      if (!task) throw new Error(`no reconvene task for step ${command.stepIndex} after validation`);
      const changed = ctx.change(completed(task, 'reconvened', command.actor.userId, ctx.now(), reason));
      await ctx.record(
        'conference_reconvened',
        command.actor.userId,
        { stepIndex: command.stepIndex, reason },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: ReconveneCommand) => {
        checkActor(command?.actor);
        g.running();
        const task = Number.isInteger(command.stepIndex) ? reconveneTask(command.stepIndex) : undefined;
        if (!task)
          refuse('wrong_stage', `conference ${command.stepIndex} is not waiting to be convened again`);
        if (!task.assigneeIds.includes(command.actor.userId))
          refuse(
            'not_authorised',
            `the proposer or the conference's secretary (${task.assigneeIds.join(', ')}) convenes it again`,
          );
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('reason_required', 'reason: say why the conference is convened again', {
            field: 'reason',
            command: 'reconvene',
          });
      },
    },
  );
}
