import type { ProcedureTask } from '@personnel/contracts';
import { waitWithDeadlines } from '../kit';
import type { AppointmentContext } from './context';

/** The kit's deadline watch with the appointment's escalation ladder. */
export function waitWithDeadlinesOf(ctx: AppointmentContext, done: () => boolean): Promise<void> {
  return waitWithDeadlines(ctx, done, (task) => escalationTarget(ctx, task));
}

/** The next level: the sign-off step's escalation target, or the collective's head for the decision. */
function escalationTarget(ctx: AppointmentContext, task: ProcedureTask): string | null {
  if (task.kind === 'sign_off') {
    const stepKey = task.key.replace(/^r\d+-/, '');
    const step = ctx.input.signOff.find((st) => st.key === stepKey);
    return step?.escalateToId ?? null;
  }
  if (task.kind === 'decision')
    return ctx.input.collective.headId !== ctx.input.signerId ? ctx.input.collective.headId : null;
  return null;
}
