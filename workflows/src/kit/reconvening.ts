import { TaskKeys, type ConferenceOutcome } from '@personnel/contracts';
import { newTask } from '@personnel/domain';
import type { ProcedureContext } from './context';
import type { KitState } from './state';

/** Outcomes of a conference that did not take place as a vote: it may be convened again. */
export const NOT_HELD: readonly ConferenceOutcome[] = ['quorum_not_met', 'expired'];

/**
 * A conference that was not held does not end the procedure: one of `assigneeIds` convenes it again
 * (the kind's reconvene command closes the task) or the procedure is withdrawn. `wait` is the kind's
 * deadline watch. True when it is to be convened again.
 */
export async function awaitReconvening<S extends KitState>(
  ctx: ProcedureContext<S>,
  p: {
    index: number;
    attempt: number;
    outcome: ConferenceOutcome;
    stepName: string;
    assigneeIds: string[];
    wait: (done: () => boolean) => Promise<void>;
  },
): Promise<boolean> {
  const s = ctx.state;
  const key = TaskKeys.reconvene(p.index, p.attempt);
  const task = newTask(
    key,
    'reconvene',
    'Triệu tập lại hội nghị',
    [...new Set(p.assigneeIds)],
    true,
    ctx.taskTiming(),
  );
  await ctx.record(
    'conference_not_held',
    'system',
    { index: p.index, step: p.stepName, attempt: p.attempt, outcome: p.outcome },
    ctx.change(task),
  );
  await p.wait(() => s.task(key)?.status !== 'open' || !s.isRunning());
  return s.isRunning();
}
