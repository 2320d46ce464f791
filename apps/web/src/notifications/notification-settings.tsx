import { useEffect, useState } from 'react';
import type { NotificationPreferencesView } from '@personnel/contracts';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { Loading } from '../ui/widgets';

export interface NotificationSettingsProps {
  load(signal: AbortSignal): Promise<NotificationPreferencesView>;
  save(mailEnabled: boolean): Promise<NotificationPreferencesView>;
}

/**
 * The user's own switch for task notifications by mail, saved as soon as it is changed (what the API
 * answers is what is shown); the address mails go to, or why none can.
 */
export function NotificationSettings({ load, save }: NotificationSettingsProps) {
  const { t } = useI18n();
  const n = t.notifications;
  const announce = useAnnounce();
  const [prefs, setPrefs] = useState<NotificationPreferencesView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(setPrefs, (e: Error) => {
      if (e.name !== 'AbortError') setError(e);
    });
    return () => controller.abort();
  }, [load]);

  const change = async (mailEnabled: boolean) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await save(mailEnabled);
      setPrefs(saved);
      announce(saved.mailEnabled ? n.savedOn : n.savedOff);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (prefs === null) return error !== null ? <ErrorMessage error={error} /> : <Loading />;
  return (
    <section aria-labelledby="notification-mail-title">
      <h2 id="notification-mail-title">{n.title}</h2>
      <p className="muted">{n.intro}</p>
      {error !== null && <ErrorMessage error={error} />}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={prefs.mailEnabled}
          disabled={saving}
          onChange={(e) => void change(e.target.checked)}
        />{' '}
        {n.mailEnabled}
      </label>
      {saving && <p className="muted">{n.saving}</p>}
      <p data-testid="notification-address">{prefs.email ? n.address(prefs.email) : n.noAddress}</p>
    </section>
  );
}
