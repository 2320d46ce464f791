import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import {
  pauseDeliveryUpdate,
  replayDeliveryUpdate,
  resumeDeliveryUpdate,
  stopDeliveryUpdate,
  WEBHOOK_WORKFLOW_TYPE,
  webhookWorkflowId,
  type WebhookDeliveryInput,
  type WebhookDeliveryState,
} from '@personnel/contracts';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';

/** How long the API waits for Temporal on a subscription command before answering 503. */
const DEADLINE_MS = 10_000;

/**
 * The API's side of the delivery workflows: one per subscription (`webhook/<id>`), started when the
 * subscription is created, driven by Updates (the answer is the workflow's state after it).
 */
@Injectable()
export class WebhookWorkflows {
  constructor(private readonly temporal: TemporalClientProvider) {}

  async start(input: WebhookDeliveryInput): Promise<void> {
    await this.temporal.withDeadline(DEADLINE_MS, () =>
      this.temporal.client.workflow.start(WEBHOOK_WORKFLOW_TYPE, {
        workflowId: webhookWorkflowId(input.subscriptionId),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      }),
    );
  }

  pause(id: string): Promise<WebhookDeliveryState> {
    return this.update(id, (h) => h.executeUpdate(pauseDeliveryUpdate));
  }

  resume(id: string): Promise<WebhookDeliveryState> {
    return this.update(id, (h) => h.executeUpdate(resumeDeliveryUpdate));
  }

  replay(id: string, after: string): Promise<WebhookDeliveryState> {
    return this.update(id, (h) => h.executeUpdate(replayDeliveryUpdate, { args: [{ after }] }));
  }

  /** Ends the delivery (a deleted subscription); nothing to do when it no longer runs. */
  async stop(id: string): Promise<void> {
    try {
      await this.update(id, (h) => h.executeUpdate(stopDeliveryUpdate));
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError) && !isFinished(error)) throw error;
    }
  }

  private update<T>(
    id: string,
    call: (handle: ReturnType<TemporalClientProvider['client']['workflow']['getHandle']>) => Promise<T>,
  ): Promise<T> {
    return this.temporal.withDeadline(DEADLINE_MS, () =>
      call(this.temporal.client.workflow.getHandle(webhookWorkflowId(id))),
    );
  }
}

function isFinished(error: unknown): boolean {
  const message =
    error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause)}` : '';
  return /already completed|workflow execution already|not found/i.test(message);
}
