import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { JOURNAL_ACTIVITY_OPTIONS, JOURNAL_LOCAL_ACTIVITY_OPTIONS } from './activity-options';

/**
 * The patch under which a run writes its journal steps by local activity. Recorded once per run, at its
 * first journal write after the worker that knows it took over; a run that has no such marker in its
 * history (every run begun before) replays with activity tasks, as it ran.
 */
export const LOCAL_JOURNAL_PATCH = 'journal-by-local-activity';

/**
 * The journal activities a workflow calls, as a local activity since LOCAL_JOURNAL_PATCH: the write runs
 * in the workflow task that asked for it, so an Update that records a step answers without a round trip
 * through an activity task queue (the largest part of an approval's time beside Temporal's own Update).
 * Exactly once is unchanged: the step's key carries its replay-stable seq, so an attempt repeated after
 * a lost workflow task (a local activity's result is only kept when its workflow task completes) finds
 * the row the first attempt wrote and answers the same outcome (libs/persistence step-journal).
 */
export function journalCalls<A extends object>(): () => A {
  const byTask = proxyActivities<A>(JOURNAL_ACTIVITY_OPTIONS);
  const local = proxyLocalActivities<A>(JOURNAL_LOCAL_ACTIVITY_OPTIONS);
  return () => (patched(LOCAL_JOURNAL_PATCH) ? local : byTask);
}
