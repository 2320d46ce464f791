import type { EventType, PersonnelCloudEvent } from './event-types';

export type WebhookSubscriptionStatus = 'active' | 'paused' | 'deleted';

/** A webhook subscription as the admin API answers it (never its secret after the creation). */
export interface WebhookSubscriptionView {
  id: string;
  url: string;
  description: string;
  /** Types delivered; empty = every type. */
  eventTypes: EventType[];
  /** Units whose subtrees the subscriber may learn about; empty = the whole organisation. */
  unitCodes: string[];
  status: WebhookSubscriptionStatus;
  /** The outbox sequence delivered last (every event up to it has been answered 2xx), as a string. */
  deliveredSequence: string;
  createdAt: string;
  createdBy: string;
  /** The delivery workflow's id (`webhook/<id>`), for operators. */
  workflowId: string;
}

/** The answer to a creation: the only time the secret is shown. */
export interface CreatedWebhookSubscription extends WebhookSubscriptionView {
  /** `whsec_<base64>` (Standard Webhooks): keep it; it signs every delivery and is never shown again. */
  secret: string;
}

export type DeliveryAttemptStatus = 'delivered' | 'failed' | 'timeout';

/** One POST of one event to the subscriber: the delivery log. */
export interface DeliveryAttemptView {
  attemptKey: string;
  eventId: string;
  sequence: string;
  eventType: EventType;
  subject: string;
  status: DeliveryAttemptStatus;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

export interface DeliveryLogPage {
  attempts: DeliveryAttemptView[];
}

/** Input of the durable delivery workflow (`webhook/<subscriptionId>`), also what continue-as-new carries. */
export interface WebhookDeliveryInput {
  subscriptionId: string;
  /** Sequence delivered last: the workflow sends what comes after. */
  cursor: string;
  paused: boolean;
  /** Consecutive failed rounds of the event at the head (drives the backoff); 0 when none. */
  failures?: number;
  /** How long to wait for new events when caught up (ms). Default 2 s. */
  pollMs?: number;
  /** Longest backoff after a failed delivery (ms). Default 1 h. */
  maxBackoffMs?: number;
  /** First backoff after a failed delivery (ms). Default 1 s. */
  initialBackoffMs?: number;
}

/** The delivery workflow's state (its query and its Updates' answer). */
export interface WebhookDeliveryState {
  subscriptionId: string;
  cursor: string;
  paused: boolean;
  failures: number;
  stopped: boolean;
}

export interface ReplayCommand {
  /** Deliver again every event after this sequence ('0': from the beginning). */
  after: string;
}

export interface DeliverBatchInput {
  subscriptionId: string;
  after: string;
  limit: number;
}

export interface DeliverBatchOutcome {
  /** The sequence delivered last (the input's `after` when nothing was delivered). */
  cursor: string;
  /** Events sent 2xx in this batch. */
  delivered: number;
  /** An event was not accepted: the workflow waits and tries it again; later events wait behind it. */
  failed: boolean;
  /** More events are waiting after the cursor. */
  more: boolean;
  /** The subscription no longer exists (deleted): the workflow ends. */
  gone: boolean;
}

/** Activities of the delivery workflow; implemented in apps/worker. */
export interface WebhookActivities {
  deliverWebhookBatch(input: DeliverBatchInput): Promise<DeliverBatchOutcome>;
}

/** The POST body is exactly one event (structured-mode CloudEvents JSON). */
export type WebhookPayload = PersonnelCloudEvent;

export const WEBHOOK_WORKFLOW_PREFIX = 'webhook/';
export const webhookWorkflowId = (subscriptionId: string) => `${WEBHOOK_WORKFLOW_PREFIX}${subscriptionId}`;
