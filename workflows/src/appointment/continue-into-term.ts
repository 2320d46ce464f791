import { makeContinueAsNewFunc, workflowInfo } from '@temporalio/workflow';
import type { AppointmentInput } from '@personnel/contracts';
import type { appointmentWorkflow } from '../appointment.workflow';

/**
 * Continues as new with the same input plus the term to run. The memo (the conference bodies the API
 * shows) is passed on explicitly: a new run does not inherit it.
 */
export function continueIntoTerm(
  input: AppointmentInput,
  resume: NonNullable<AppointmentInput['resume']>,
): Promise<never> {
  const next = makeContinueAsNewFunc<typeof appointmentWorkflow>({ memo: workflowInfo().memo });
  return next({ ...input, resume });
}
