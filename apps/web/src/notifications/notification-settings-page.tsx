import { useCallback } from 'react';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { NotificationSettings } from './notification-settings';

/** /me/notifications: every signed-in user's own notification settings. */
export function NotificationSettingsPage() {
  const { api, user } = useAuth();
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => api.notificationPreferences(signal), [api]);
  const save = useCallback((mailEnabled: boolean) => api.setNotificationPreferences(mailEnabled), [api]);
  const loadAdministrators = useCallback(
    (signal: AbortSignal) => api.users({ role: 'admin' }, signal),
    [api],
  );
  return (
    <>
      <PageHeading title={t.notifications.nav}>{t.notifications.nav}</PageHeading>
      <NotificationSettings
        load={load}
        save={save}
        loadAdministrators={loadAdministrators}
        setsAddresses={user?.roles.includes('admin') ?? false}
      />
    </>
  );
}
