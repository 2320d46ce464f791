import type { AppointmentResume } from '@personnel/contracts';
import { continueAsNewKeepingMemo } from '../kit';
import type { appointmentWorkflow } from '../appointment.workflow';
import type { AppointmentContext } from './context';

/** Continues as new into the term to run, with the bodies as HR changed them and the memo kept. */
export function continueIntoTerm(ctx: AppointmentContext, resume: AppointmentResume): Promise<never> {
  return continueAsNewKeepingMemo<typeof appointmentWorkflow>({ ...ctx.input, ...ctx.state.bodies, resume });
}
