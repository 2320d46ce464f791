import type { NotificationPreferencesView } from '@personnel/contracts';
import type { ApiClient } from './client';

const ME = '/api/v1/me/notifications';

/** The signed-in user's own notification switch (GET/PUT /api/v1/me/notifications). */
export function notificationEndpoints(api: ApiClient) {
  return {
    notificationPreferences: (signal?: AbortSignal) =>
      api.get<NotificationPreferencesView>(ME, undefined, signal),
    setNotificationPreferences: (mailEnabled: boolean) =>
      api.put<NotificationPreferencesView>(ME, { mailEnabled }),
  };
}
