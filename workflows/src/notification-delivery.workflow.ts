import { continueAsNew, proxyActivities, sleep } from '@temporalio/workflow';
import type {
  NotificationActivities,
  NotificationDeliveryInput,
  NotificationDeliveryState,
} from '@personnel/contracts';

/**
 * A batch handles task events one after another; an attempt that fails (the relay down, Postgres, a
 * crash) is retried by Temporal without limit, backing off to five minutes. The activity's own ledger
 * (`notification_delivery`) makes the retry send only what the failed attempt did not.
 */
const { deliverNotificationBatch } = proxyActivities<NotificationActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const BATCH = 50;
/** Rounds before the run continues as new, so the history stays short for years. */
const ROUNDS_PER_RUN = 200;

/**
 * Mails the task events of the outbox to the people they concern, for as long as the system runs: the
 * same outbox the webhooks read, in sequence order, one cursor for the organisation (the per-recipient
 * decisions are the activity's). Caught up, it polls.
 */
export async function notificationDeliveryWorkflow(
  input: NotificationDeliveryInput,
): Promise<NotificationDeliveryState> {
  const pollMs = input.pollMs ?? 2_000;
  let cursor = input.cursor;
  const rounds = input.roundsPerRun ?? ROUNDS_PER_RUN;
  for (let round = 0; round < rounds; round++) {
    const r = await deliverNotificationBatch({ after: cursor, limit: BATCH });
    cursor = r.cursor;
    if (!r.more) await sleep(pollMs);
  }
  // No handlers run in this workflow, so nothing is left to finish before it continues.
  return continueAsNew<typeof notificationDeliveryWorkflow>({ ...input, cursor });
}
