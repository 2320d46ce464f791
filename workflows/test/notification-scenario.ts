import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  NOTIFICATION_WORKFLOW_TYPE,
  type NotificationActivities,
  type NotificationBatchInput,
  type NotificationBatchOutcome,
  type NotificationDeliveryInput,
} from '@personnel/contracts';

/**
 * An in-memory outbox of five task events for the mail notifier: a full first batch (more to come), the
 * rest, then nothing new. Answers what the real activity answers.
 */
export class NotificationRecorder {
  readonly batches: NotificationBatchInput[] = [];

  readonly activities: NotificationActivities = {
    deliverNotificationBatch: (input) => Promise.resolve(this.deliver(input)),
  };

  private deliver(input: NotificationBatchInput): NotificationBatchOutcome {
    this.batches.push(input);
    const after = Number(input.after);
    const last = Math.min(5, after + Math.min(input.limit, 3));
    return { cursor: String(last), sent: last - after, skipped: 0, more: last < 5 };
  }
}

/** Three rounds (a batch with more, the rest, a poll with nothing new), then the run continues as new. */
export async function notificationScenario(
  env: TestWorkflowEnvironment,
  taskQueue: string,
): Promise<WorkflowHandle> {
  const input: NotificationDeliveryInput = { cursor: '0', pollMs: 200, roundsPerRun: 3 };
  const handle = await env.client.workflow.start(NOTIFICATION_WORKFLOW_TYPE, {
    workflowId: `notification/replay-${Date.now()}`,
    taskQueue,
    args: [input],
  });
  // This run's own history (it ends by continuing as new), not the next run's.
  return env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, { followRuns: false });
}
