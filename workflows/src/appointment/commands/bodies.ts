import { setHandler, upsertMemo } from '@temporalio/workflow';
import { changeBodiesUpdate, type ChangeBodiesCommand } from '@personnel/contracts';
import { checkAppointmentInput, holdsRole } from '@personnel/domain';
import { checkActor, refuse } from '../../kit';
import type { AppointmentContext } from '../context';

const BODY_FIELDS = ['collective', 'expandedConference', 'keyCadreConference', 'homeUnitConference'] as const;

const changesOf = (command: ChangeBodiesCommand) =>
  Object.fromEntries(BODY_FIELDS.filter((f) => command[f] !== undefined).map((f) => [f, command[f]]));

/** HR replaces who sits in the conferences still to come; those already convened keep their members. */
export function registerBodiesCommand(ctx: AppointmentContext): void {
  const s = ctx.state;
  const { input } = ctx;
  setHandler(
    changeBodiesUpdate,
    async (command: ChangeBodiesCommand) => {
      const changes = changesOf(command);
      s.bodies = { ...s.bodies, ...changes };
      // The API shows a conference's members from the memo for records that predate their own copy.
      upsertMemo({ bodies: s.bodies });
      const reason = command.reason.trim();
      await ctx.record('bodies_changed', command.actor.userId, { ...changes, reason });
      return s.status();
    },
    {
      validator: (command: ChangeBodiesCommand) => {
        checkActor(command?.actor);
        if (s.stage === 'closed')
          refuse('finished', `the procedure is ${s.state}; its bodies are final`, { state: s.state });
        if (command.actor.userId !== input.proposedBy && !holdsRole(command.actor.roles, 'hr_officer'))
          refuse('not_authorised', 'the proposer or HR changes who sits in the conferences');
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('invalid', 'reason: say why the members change');
        const changes = changesOf(command);
        if (Object.keys(changes).length === 0)
          refuse('invalid', 'collective: name at least one body to replace');
        const problem = checkAppointmentInput({ ...input, ...s.bodies, ...changes }).find((p) =>
          BODY_FIELDS.some((f) => f in changes && (p.field === f || p.field.startsWith(`${f}.`))),
        );
        if (problem) refuse('invalid', `${problem.field}: ${problem.problem}`);
      },
    },
  );
}
