import {
  patched,
  proxyActivities,
  proxyLocalActivities,
  type ActivityInterfaceFor,
} from '@temporalio/workflow';
import { JOURNAL_ACTIVITY_OPTIONS, JOURNAL_LOCAL_ACTIVITY_OPTIONS } from './activity-options';

/**
 * The patch under which a run writes its journal steps by local activity. Recorded once per run, at its
 * first journal write after the worker that knows it took over; a run that has no such marker in its
 * history (every run begun before) replays with activity tasks, as it ran.
 */
export const LOCAL_JOURNAL_PATCH = 'journal-by-local-activity';

const settled = (): undefined => undefined;

/**
 * A workflow's journal writes, as a local activity since LOCAL_JOURNAL_PATCH: the write runs in the
 * workflow task that asked for it, so an Update that records a step answers without a round trip
 * through an activity task queue (the largest part of an approval's time beside Temporal's own Update).
 *
 * Local writes go one after another. Two in flight at once (an Update's handler and the main flow it
 * woke) finish in two activations when they run, but a replay hands both results back in one, so what
 * each side did next (the Update's answer, the main flow's next command) would come back in another
 * order and fail the replay. Queued, each write starts only once the one before has answered, which a
 * replay reproduces. It costs nothing that Postgres did not already impose: one workflow's steps take
 * its advisory lock one at a time.
 *
 * Exactly once is unchanged: the step's key carries its replay-stable seq, so an attempt repeated after
 * a lost workflow task (a local activity's result is only kept when its workflow task completes) finds
 * the row the first attempt wrote and answers the same outcome (libs/persistence step-journal).
 */
export class JournalCalls<A extends object> {
  private readonly byTask = proxyActivities<A>(JOURNAL_ACTIVITY_OPTIONS);
  private readonly local = proxyLocalActivities<A>(JOURNAL_LOCAL_ACTIVITY_OPTIONS);
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `write` with the activities of this run's kind: queued local ones, or activity tasks before the patch. */
  write<T>(write: (activities: ActivityInterfaceFor<A>) => Promise<T>): Promise<T> {
    if (!patched(LOCAL_JOURNAL_PATCH)) return write(this.byTask);
    const next = this.tail.then(() => write(this.local));
    this.tail = next.then(settled, settled);
    return next;
  }
}
