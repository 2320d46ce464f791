import type { ApiClient } from './client';
import type {
  CreatedWebhookSubscription,
  CreateSubscriptionRequest,
  DeliveryAttemptStatus,
  DeliveryLogPage,
  WebhookSubscriptionView,
} from './webhook-types';

const BASE = '/api/v1/webhook-subscriptions';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Webhook subscriptions (administrators): create, list, pause/resume, replay, delete, the delivery log. */
export function webhookEndpoints(api: ApiClient) {
  return {
    webhookSubscriptions: (signal?: AbortSignal) =>
      api.get<WebhookSubscriptionView[]>(BASE, undefined, signal),
    webhookSubscription: (id: string, signal?: AbortSignal) =>
      api.get<WebhookSubscriptionView>(one(id), undefined, signal),
    createWebhookSubscription: (body: CreateSubscriptionRequest) =>
      api.post<CreatedWebhookSubscription>(BASE, body),
    pauseWebhookSubscription: (id: string) => api.post<WebhookSubscriptionView>(`${one(id)}/pause`, {}),
    resumeWebhookSubscription: (id: string) => api.post<WebhookSubscriptionView>(`${one(id)}/resume`, {}),
    replayWebhookSubscription: (id: string, after: string) =>
      api.post<WebhookSubscriptionView>(`${one(id)}/replay`, { after }),
    deleteWebhookSubscription: (id: string) => api.delete(one(id)),
    webhookDeliveries: (
      id: string,
      query: { limit: number; status?: DeliveryAttemptStatus },
      signal?: AbortSignal,
    ) => api.get<DeliveryLogPage>(`${one(id)}/deliveries`, query, signal),
  };
}
