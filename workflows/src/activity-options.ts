import type { ActivityOptions } from '@temporalio/workflow';

/**
 * How every workflow calls its journal activities. No attempt limit: a Postgres outage delays a record,
 * it never loses a decision already taken.
 */
export const JOURNAL_ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};
