import type { EventType } from '../events/event-types';

/**
 * The outbox events that reach a person by mail: a task opened for them, its reminder, its escalation
 * to them. Every other event stays in the feed and the webhooks.
 */
export const NOTIFIED_EVENT_TYPES: readonly EventType[] = [
  'vn.personnel.task.opened',
  'vn.personnel.task.reminded',
  'vn.personnel.task.escalated',
];

export const NOTIFICATION_WORKFLOW_TYPE = 'notificationDeliveryWorkflow';
/** One delivery for the whole organisation (the channel's id: mail today). */
export const MAIL_NOTIFICATION_WORKFLOW_ID = 'notification/mail';

export interface NotificationDeliveryInput {
  /** Outbox sequence already handled (the events after it are next). */
  cursor: string;
  /** How long to wait when caught up (default 2 s). */
  pollMs?: number;
  /** Rounds before the run continues as new (default 200; the recorded history uses a few). */
  roundsPerRun?: number;
}

export interface NotificationDeliveryState {
  cursor: string;
}

export interface NotificationBatchInput {
  after: string;
  limit: number;
}

export interface NotificationBatchOutcome {
  /** The sequence of the last event handled. */
  cursor: string;
  /** Mails sent by this attempt. */
  sent: number;
  /** (event, recipient) pairs decided without a mail: switched off, no address, already done. */
  skipped: number;
  more: boolean;
}

export interface NotificationActivities {
  deliverNotificationBatch(input: NotificationBatchInput): Promise<NotificationBatchOutcome>;
}

/** `GET /api/v1/me/notifications`: the signed-in user's own switch and the address mails go to. */
export interface NotificationPreferencesView {
  mailEnabled: boolean;
  /** Null: no address on file, so no mail reaches them whatever the switch says. */
  email: string | null;
}

/** `PUT /api/v1/me/notifications`. */
export interface UpdateNotificationPreferences {
  mailEnabled: boolean;
}
export * from './user-addresses';
export * from './email-address';
