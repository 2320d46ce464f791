import { TaskKeys, type ConferenceOutcome, type ProcedureStepKind } from '@personnel/contracts';
import { conferenceBodyFor, newTask } from '@personnel/domain';
import { waitWithDeadlines } from './deadline-watch';
import type { ProcedureContext } from './procedure-context';

/** Outcomes of a conference that did not take place as a vote: it may be convened again. */
export const NOT_HELD: readonly ConferenceOutcome[] = ['quorum_not_met', 'expired'];

/**
 * A conference that was not held does not end the procedure: HR or the conference's secretary convenes
 * it again (the `reconvene` Update, with a reason) or HR withdraws. True when it is to be convened again.
 */
export async function awaitReconvening(
  ctx: ProcedureContext,
  index: number,
  step: ProcedureStepKind,
  attempt: number,
  outcome: ConferenceOutcome,
): Promise<boolean> {
  const s = ctx.state;
  const { secretaryId } = conferenceBodyFor({ ...ctx.input, ...s.bodies }, step);
  const key = TaskKeys.reconvene(index, attempt);
  const task = newTask(
    key,
    'reconvene',
    'Triệu tập lại hội nghị',
    [...new Set([ctx.input.proposedBy, secretaryId])],
    true,
    ctx.taskTiming(),
  );
  await ctx.record('conference_not_held', 'system', { index, step, attempt, outcome }, ctx.change(task));
  await waitWithDeadlines(ctx, () => s.task(key)?.status !== 'open' || s.state !== 'in_progress');
  return s.state === 'in_progress';
}
