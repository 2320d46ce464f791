import type { ActivityOptions, LocalActivityOptions, RetryPolicy } from '@temporalio/workflow';

const JOURNAL_RETRY: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
};

/**
 * How every workflow calls its journal activities. No attempt limit: a Postgres outage delays a record,
 * it never loses a decision already taken.
 */
export const JOURNAL_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: JOURNAL_RETRY,
};

/**
 * The journal write as a local activity (see journal-calls.ts): the same timeout and retries. Past
 * `localRetryThreshold` the SDK waits for the next attempt on a durable timer in a new workflow task,
 * so a long Postgres outage does not keep one workflow task heartbeating.
 */
export const JOURNAL_LOCAL_ACTIVITY_OPTIONS: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: JOURNAL_RETRY,
  localRetryThreshold: '10 seconds',
};
