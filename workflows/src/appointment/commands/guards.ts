import type { ActorRef } from '@personnel/contracts';
import { isOwnCase } from '@personnel/domain';
import { refuse } from '../../kit';
import type { AppointmentContext } from '../context';

/** The checks every appointment command shares: is it the actor's own case, does the procedure run. */
export function guards(ctx: AppointmentContext) {
  const { input } = ctx;
  const s = ctx.state;
  const ownCase = (actor: ActorRef) => isOwnCase(actor, input.proposedBy, input.candidateIds);
  return {
    ownCase,
    /** A procedure awaiting its decision still takes the signature (and its task commands). */
    running: () => {
      if (s.state !== 'in_progress' && s.stage !== 'awaiting_decision')
        refuse('finished', `the procedure is ${s.state}; it takes no more commands`, { state: s.state });
    },
    notOwnCase: (actor: ActorRef) => {
      if (ownCase(actor))
        refuse('own_case', `${actor.userId} may not act on their own case`, { userId: actor.userId });
    },
  };
}
