import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { NotificationPreferencesView, UserDirectoryEntry } from '@personnel/contracts';
import { useI18n } from '../i18n/i18n';
import { USER_ADDRESSES_PATH } from '../users/user-addresses-path';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { Loading } from '../ui/widgets';

export interface NotificationSettingsProps {
  load(signal: AbortSignal): Promise<NotificationPreferencesView>;
  save(mailEnabled: boolean): Promise<NotificationPreferencesView>;
  /** Who may set an address (the active administrators), named to a user who has none. */
  loadAdministrators?(signal: AbortSignal): Promise<UserDirectoryEntry[]>;
  /** The signed-in user is an administrator: they are pointed to where addresses are set. */
  setsAddresses?: boolean;
}

/**
 * The user's own switch for task notifications by mail, saved as soon as it is changed (what the API
 * answers is what is shown); the address mails go to, read-only (the office's administrators keep it),
 * or why none can come and who can set one.
 */
export function NotificationSettings({
  load,
  save,
  loadAdministrators,
  setsAddresses = false,
}: NotificationSettingsProps) {
  const { t } = useI18n();
  const n = t.notifications;
  const announce = useAnnounce();
  const [prefs, setPrefs] = useState<NotificationPreferencesView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [administrators, setAdministrators] = useState<UserDirectoryEntry[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(setPrefs, (e: Error) => {
      if (e.name !== 'AbortError') setError(e);
    });
    return () => controller.abort();
  }, [load]);

  const missing = prefs !== null && prefs.email === null;
  useEffect(() => {
    if (!missing || !loadAdministrators) return undefined;
    const controller = new AbortController();
    // Only a help text: without the names the sentence before still says who (an administrator).
    loadAdministrators(controller.signal).then(setAdministrators, () => undefined);
    return () => controller.abort();
  }, [missing, loadAdministrators]);

  const change = async (mailEnabled: boolean) => {
    // While saving the switch stays enabled (aria-disabled): disabling it would drop the keyboard
    // user's focus to <body>; a change meanwhile is ignored.
    if (saving) return;
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
  // Who keeps the address: the administrators, named when the user has none and so must ask one.
  const owner = prefs.email
    ? n.addressOwner
    : administrators.length > 0
      ? n.whoCan(administrators.map((u) => u.fullName).join(', '))
      : null;
  return (
    <section aria-labelledby="notification-mail-title">
      <h2 id="notification-mail-title">{n.title}</h2>
      <p className="muted">{n.intro}</p>
      {error !== null && <ErrorMessage error={error} />}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={prefs.mailEnabled}
          aria-disabled={saving || undefined}
          onChange={(e) => void change(e.target.checked)}
        />{' '}
        {n.mailEnabled}
      </label>
      {saving && <p className="muted">{n.saving}</p>}
      <p data-testid="notification-address">{prefs.email ? n.address(prefs.email) : n.noAddress}</p>
      {owner && (
        <p className="muted" data-testid="notification-address-owner">
          {owner}
        </p>
      )}
      {setsAddresses && (
        <p data-testid="notification-address-link">
          {n.setItYourself} <Link to={USER_ADDRESSES_PATH}>{t.addresses.nav}</Link>.
        </p>
      )}
    </section>
  );
}
