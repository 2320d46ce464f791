import { setHandler } from '@temporalio/workflow';
import { trainingClassStatusQuery } from '@personnel/contracts';
import type { TrainingContext } from '../context';
import { registerAttendanceCommand } from './attendance';
import { registerCompletionCommands } from './completion';
import { registerEnrolmentCommands } from './enrolment';
import { registerSessionCommands } from './session';

/** Every query and Update of the training class workflow. */
export function registerCommands(ctx: TrainingContext): void {
  setHandler(trainingClassStatusQuery, () => ctx.state.status());
  registerEnrolmentCommands(ctx);
  registerSessionCommands(ctx);
  registerAttendanceCommand(ctx);
  registerCompletionCommands(ctx);
}
