import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { WebhookActivities, WebhookDeliveryInput, WebhookDeliveryState } from '@personnel/contracts';
import {
  deliveryStateQuery,
  pauseDeliveryUpdate,
  replayDeliveryUpdate,
  resumeDeliveryUpdate,
  stopDeliveryUpdate,
} from '@personnel/contracts';

/**
 * A batch POSTs events one after another; an attempt that fails on our side (Postgres, a crash) is
 * retried by Temporal without limit, backing off to five minutes. The subscriber's own failures are not
 * activity failures: the batch answers `failed` and the workflow waits on a durable timer.
 */
const { deliverWebhookBatch } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const BATCH = 50;
/** Rounds before the run continues as new, so a subscription's history stays short for years. */
const ROUNDS_PER_RUN = 200;

/** Exponential backoff after `failures` failed rounds: initial × 2^(n−1), capped. */
export function backoffMs(failures: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(failures - 1, 40));
}

/**
 * Delivers a subscription's events, for as long as it exists: in outbox order (so in order per
 * procedure), each one until the subscriber answers 2xx — at least once, never skipping one, whatever
 * the outage (the backoff grows to `maxBackoffMs`, default an hour, and never gives up). Pause, resume,
 * replay from a sequence and stop are Updates; the cursor, the pause and the failure count travel across
 * continue-as-new.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<WebhookDeliveryState> {
  const pollMs = input.pollMs ?? 2_000;
  const initialBackoffMs = input.initialBackoffMs ?? 1_000;
  const maxBackoffMs = input.maxBackoffMs ?? 3_600_000;
  const s: WebhookDeliveryState = {
    subscriptionId: input.subscriptionId,
    cursor: input.cursor,
    paused: input.paused,
    failures: input.failures ?? 0,
    stopped: false,
  };
  /** Set by every Update, so a wait (poll or backoff) ends at once when the admin acts. */
  let poked = false;
  /** A replay moved the cursor while a batch ran: the batch's own cursor must not overwrite it. */
  let replayed = false;
  const answer = (): WebhookDeliveryState => ({ ...s });

  setHandler(deliveryStateQuery, answer);
  setHandler(pauseDeliveryUpdate, () => {
    s.paused = true;
    poked = true;
    return answer();
  });
  setHandler(resumeDeliveryUpdate, () => {
    s.paused = false;
    s.failures = 0;
    poked = true;
    return answer();
  });
  setHandler(
    replayDeliveryUpdate,
    (command) => {
      s.cursor = command.after;
      s.failures = 0;
      poked = true;
      replayed = true;
      return answer();
    },
    {
      validator: (command) => {
        if (!/^\d{1,18}$/.test(command?.after ?? '')) throw new Error('after must be a sequence (digits)');
      },
    },
  );
  setHandler(stopDeliveryUpdate, () => {
    s.stopped = true;
    poked = true;
    return answer();
  });

  for (let round = 0; round < ROUNDS_PER_RUN; round++) {
    if (s.paused) await condition(() => !s.paused || s.stopped);
    if (s.stopped) break;
    replayed = false;
    const r = await deliverWebhookBatch({ subscriptionId: s.subscriptionId, after: s.cursor, limit: BATCH });
    if (r.gone) {
      s.stopped = true;
      break;
    }
    // A replay that arrived while the batch ran wins over the batch's cursor.
    if (!replayed) s.cursor = r.cursor;
    poked = false;
    if (r.failed) {
      s.failures += 1;
      await condition(() => poked, backoffMs(s.failures, initialBackoffMs, maxBackoffMs));
    } else {
      s.failures = 0;
      if (!r.more) await condition(() => poked, pollMs);
    }
  }
  await condition(allHandlersFinished);
  if (s.stopped) return answer();
  return continueAsNew<typeof webhookDeliveryWorkflow>({
    ...input,
    cursor: s.cursor,
    paused: s.paused,
    failures: s.failures,
  });
}
