import { setHandler } from '@temporalio/workflow';
import { submitSelfAssessmentUpdate, type SelfAssessmentCommand } from '@personnel/contracts';
import { completed, holdsRole } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { AppointmentContext } from '../context';
import { mergeDocuments } from './revision';

/** The holder's (or HR's) self-assessment that opens the reappointment at the end of a term. */
export function registerSelfAssessmentCommand(ctx: AppointmentContext): void {
  const s = ctx.state;
  setHandler(
    submitSelfAssessmentUpdate,
    async (command: SelfAssessmentCommand) => {
      const at = ctx.now();
      const summary = command.summary.trim();
      s.selfAssessment = { by: command.actor.userId, summary, at };
      const added = command.documents ?? [];
      s.documents = mergeDocuments(s.documents, added);
      const task = s.openTaskOf('self_assessment');
      const changed = ctx.change(completed(task, 'submitted', command.actor.userId, at, null));
      await ctx.record(
        'self_assessment',
        command.actor.userId,
        { term: s.term, summary, documents: added },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: SelfAssessmentCommand) => {
        checkActor(command?.actor);
        const task = s.tasks.find((t) => t.kind === 'self_assessment' && t.status === 'open');
        if (s.stage !== 'reappointment' || !task) refuse('wrong_stage', 'no self-assessment is waiting');
        const holder = command.actor.cadreId !== null && command.actor.cadreId === s.appointee;
        if (
          !holder &&
          !task.assigneeIds.includes(command.actor.userId) &&
          !holdsRole(command.actor.roles, 'hr_officer')
        )
          refuse('not_authorised', 'the holder of the post or HR submits the self-assessment');
        if (typeof command.summary !== 'string' || command.summary.trim().length < 20)
          refuse('invalid', 'summary: at least 20 characters');
      },
    },
  );
}
