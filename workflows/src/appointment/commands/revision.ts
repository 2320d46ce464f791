import { setHandler } from '@temporalio/workflow';
import {
  resubmitUpdate,
  TaskKeys,
  withdrawAppointmentUpdate,
  type DocumentRef,
  type ResubmitCommand,
  type WithdrawAppointmentCommand,
} from '@personnel/contracts';
import { completed } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { AppointmentContext } from '../context';
import { cancelOpen, closeProcedure, openRound } from '../transitions';
import { guards } from './guards';

/** Documents added in a step replace those with the same id. */
export function mergeDocuments(current: DocumentRef[], added: DocumentRef[]): DocumentRef[] {
  return [...current.filter((d) => !added.some((a) => a.id === d.id)), ...added];
}

/** The proposer's side of the procedure: resubmit a returned dossier (a new round), or withdraw. */
export function registerRevisionCommands(ctx: AppointmentContext): void {
  const s = ctx.state;
  const { input } = ctx;
  const g = guards(ctx);

  setHandler(
    resubmitUpdate,
    async (command: ResubmitCommand) => {
      const at = ctx.now();
      const comment = command.comment.trim();
      const revision = s.existingTask(TaskKeys.revision(s.round));
      const changed = ctx.change(completed(revision, 'resubmitted', command.actor.userId, at, comment));
      const added = command.documents ?? [];
      s.documents = mergeDocuments(s.documents, added);
      s.round += 1;
      changed.push(...openRound(ctx));
      await ctx.record(
        'resubmitted',
        command.actor.userId,
        { comment, documents: added, round: s.round },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: ResubmitCommand) => {
        checkActor(command?.actor);
        g.running();
        if (s.stage !== 'returned_for_revision')
          refuse('wrong_stage', 'the dossier has not been returned for revision');
        if (command.actor.userId !== input.proposedBy)
          refuse('not_authorised', `only the proposer (${input.proposedBy}) resubmits the dossier`);
        if (typeof command.comment !== 'string' || command.comment.trim() === '')
          refuse('invalid', 'say what was revised');
      },
    },
  );

  setHandler(
    withdrawAppointmentUpdate,
    async (command: WithdrawAppointmentCommand) => {
      const reason = command.reason.trim();
      const changed = cancelOpen(ctx);
      closeProcedure(ctx, 'withdrawn', reason);
      s.withdrawn = true;
      await ctx.record('withdrawn', command.actor.userId, { reason }, changed);
      return s.status();
    },
    {
      validator: (command: WithdrawAppointmentCommand) => {
        checkActor(command?.actor);
        if (s.state !== 'in_progress')
          refuse('finished', `the procedure is already ${s.state}`, { state: s.state });
        if (command.actor.userId !== input.proposedBy)
          refuse('not_authorised', `only the proposer (${input.proposedBy}) may withdraw this procedure`);
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('invalid', 'a withdrawal needs a reason');
      },
    },
  );
}
