import type { DataSource } from 'typeorm';
import { Context } from '@temporalio/activity';
import type { DeliverBatchInput, DeliverBatchOutcome, WebhookActivities } from '@personnel/contracts';
import { WebhookSubscriptions } from '@personnel/persistence';
import { postSignedEvent } from './webhook-post';

/**
 * The delivery activity: the events after the subscription's cursor, POSTed one after another in
 * sequence order, each attempt written to the delivery log under its own key (the run, the activity, its
 * attempt and the event: a retried activity is a new attempt, a retried log write is not). The first
 * event the subscriber does not accept stops the batch, so nothing after it overtakes it.
 */
export function createWebhookActivities(
  dataSource: DataSource,
  options: { timeoutMs: number },
): WebhookActivities {
  const subscriptions = new WebhookSubscriptions(dataSource);
  return {
    async deliverWebhookBatch(input: DeliverBatchInput): Promise<DeliverBatchOutcome> {
      const target = await subscriptions.target(input.subscriptionId);
      if (!target || target.status === 'deleted')
        return { cursor: input.after, delivered: 0, failed: false, more: false, gone: true };
      const found = await subscriptions.pendingEvents(target.id, input.after, input.limit + 1);
      const page = found.slice(0, input.limit);
      const info = Context.current().info;
      let cursor = input.after;
      let delivered = 0;
      for (const event of page) {
        const outcome = await postSignedEvent(target.url, target.secret, event, options.timeoutMs);
        await subscriptions.recordAttempt({
          attemptKey: `${info.workflowExecution?.runId ?? '-'}/${info.activityId}/${info.attempt}/${event.id}`,
          subscriptionId: target.id,
          event,
          ...outcome,
        });
        Context.current().heartbeat(cursor);
        if (outcome.status !== 'delivered') {
          await subscriptions.setDelivered(target.id, cursor, true);
          return { cursor, delivered, failed: true, more: true, gone: false };
        }
        cursor = event.sequence;
        delivered += 1;
      }
      await subscriptions.setDelivered(target.id, cursor, true);
      return { cursor, delivered, failed: false, more: found.length > input.limit, gone: false };
    },
  };
}
