import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  deliveryStateQuery,
  pauseDeliveryUpdate,
  replayDeliveryUpdate,
  resumeDeliveryUpdate,
  stopDeliveryUpdate,
  WEBHOOK_WORKFLOW_TYPE,
  type DeliverBatchInput,
  type DeliverBatchOutcome,
  type WebhookActivities,
  type WebhookDeliveryInput,
} from '@personnel/contracts';

/**
 * An in-memory outbox of five events for the delivery workflow: the subscriber refuses the third once
 * (the batch stops there), then takes everything. Answers what the real activity answers.
 */
export class WebhookRecorder {
  private refusedOnce = false;
  readonly batches: DeliverBatchInput[] = [];

  readonly activities: WebhookActivities = {
    deliverWebhookBatch: (input) => Promise.resolve(this.deliver(input)),
  };

  private deliver(input: DeliverBatchInput): DeliverBatchOutcome {
    this.batches.push(input);
    const after = Number(input.after);
    if (after < 2 && !this.refusedOnce) {
      this.refusedOnce = true;
      return { cursor: '2', delivered: 2 - after, failed: true, more: true, gone: false };
    }
    const last = Math.min(5, after + input.limit);
    return { cursor: String(last), delivered: last - after, failed: false, more: false, gone: false };
  }
}

async function cursorIs(handle: WorkflowHandle, cursor: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await handle.query(deliveryStateQuery)).cursor === cursor) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`delivery never reached ${cursor}`);
}

/** A refused event retried after the backoff, a pause, a replay from the start, a resume, a stop. */
export async function webhookScenario(
  env: TestWorkflowEnvironment,
  taskQueue: string,
): Promise<WorkflowHandle> {
  const input: WebhookDeliveryInput = {
    subscriptionId: '00000000-0000-4000-8000-000000000001',
    cursor: '0',
    paused: false,
    pollMs: 300,
    initialBackoffMs: 200,
    maxBackoffMs: 1_000,
  };
  const handle = await env.client.workflow.start(WEBHOOK_WORKFLOW_TYPE, {
    workflowId: `webhook/replay-${Date.now()}`,
    taskQueue,
    args: [input],
  });
  await cursorIs(handle, '5');
  await handle.executeUpdate(pauseDeliveryUpdate);
  await handle.executeUpdate(replayDeliveryUpdate, { args: [{ after: '0' }] });
  await handle.executeUpdate(resumeDeliveryUpdate);
  await cursorIs(handle, '5');
  await handle.executeUpdate(stopDeliveryUpdate);
  return handle;
}
