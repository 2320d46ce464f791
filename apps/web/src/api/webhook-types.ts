/** The webhook subscriptions' shapes as the panel uses them: all from libs/contracts (types only). */
export type {
  CreatedWebhookSubscription,
  DeliveryAttemptStatus,
  DeliveryAttemptView,
  DeliveryLogPage,
  EventType,
  WebhookSubscriptionStatus,
  WebhookSubscriptionView,
} from '@personnel/contracts';

/** What the creation form sends (POST /api/v1/webhook-subscriptions). */
export interface CreateSubscriptionRequest {
  url: string;
  description?: string;
  eventTypes?: string[];
  unitCodes?: string[];
}
