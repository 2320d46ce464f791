import { setHandler } from '@temporalio/workflow';
import {
  closeTrainingSessionUpdate,
  startTrainingSessionUpdate,
  type TrainingSessionCommand,
} from '@personnel/contracts';
import { checkActor } from '../../kit';
import type { TrainingContext } from '../context';
import { closeSession, openSession } from '../transitions';

/** The organiser opens the session before its start date's timer, or closes it before its end date's. */
export function registerSessionCommands(ctx: TrainingContext): void {
  const s = ctx.state;
  setHandler(
    startTrainingSessionUpdate,
    async (command: TrainingSessionCommand) => {
      await openSession(ctx, command.actor.userId);
      return s.status();
    },
    {
      validator: (command: TrainingSessionCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(['opened'], 'opening the session');
      },
    },
  );

  setHandler(
    closeTrainingSessionUpdate,
    async (command: TrainingSessionCommand) => {
      await closeSession(ctx, command.actor.userId);
      return s.status();
    },
    {
      validator: (command: TrainingSessionCommand) => {
        checkActor(command?.actor);
        ctx.assertOrganiser(command.actor);
        ctx.assertRunning();
        ctx.assertStage(['in_session'], 'closing the session');
      },
    },
  );
}
