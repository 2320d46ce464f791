import { setHandler } from '@temporalio/workflow';
import { appointmentStatusQuery } from '@personnel/contracts';
import type { AppointmentContext } from '../context';
import { registerBodiesCommand } from './bodies';
import { registerDecisionCommand } from './decision';
import { registerExceptionCommand } from './exception';
import { registerReconveneCommand } from './reconvene';
import { registerRevisionCommands } from './revision';
import { registerSelfAssessmentCommand } from './self-assessment';
import { registerAppointmentTaskCommands } from './tasks';

/**
 * The appointment's query and commands: the kit's task commands, then one file per command group.
 * Each validator re-checks the actor at the moment the Update is applied; each handler changes the
 * state before its first await and records the step with every task it changed.
 */
export function registerCommands(ctx: AppointmentContext): void {
  setHandler(appointmentStatusQuery, () => ctx.state.status());
  registerExceptionCommand(ctx);
  registerAppointmentTaskCommands(ctx);
  registerRevisionCommands(ctx);
  registerDecisionCommand(ctx);
  registerSelfAssessmentCommand(ctx);
  registerReconveneCommand(ctx);
  registerBodiesCommand(ctx);
}
