import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { CreatedWebhookSubscription, WebhookSubscriptionView } from '../api/webhook-types';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { useUnits } from '../training/unit-choice';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { SubscriptionForm } from './subscription-form';
import { webhookPath } from './webhook-paths';

/** /webhooks (administrators): the subscriptions, a new one, and its secret shown once. */
export function WebhooksPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const l = t.webhooks.list;
  const [list, setList] = useState<WebhookSubscriptionView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<CreatedWebhookSubscription | null>(null);
  const loadUnits = useCallback(
    (signal: AbortSignal) => api.units({ limit: 100, active: true }, signal),
    [api],
  );
  const units = useUnits(loadUnits);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        setList(await api.webhookSubscriptions(signal));
        setError(null);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key: 'webhooks' },
  );
  const unitName = (code: string) => units?.find((u) => u.code === code)?.name ?? code;

  return (
    <>
      <PageHeading title={l.title}>{l.title}</PageHeading>
      <p className="muted">{l.intro}</p>
      {created && (
        <section
          className="notice notice-success"
          aria-labelledby="webhook-secret-title"
          data-testid="webhook-secret"
        >
          <p className="notice-title" id="webhook-secret-title">
            {t.webhooks.form.secretTitle}
          </p>
          <p>
            <code>{created.secret}</code>
          </p>
          <p>{t.webhooks.form.secretHelp}</p>
        </section>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {!list && error === null && <Loading />}
      {list && list.length === 0 && <p className="empty">{l.empty}</p>}
      {list && list.length > 0 && (
        <table className="data-table" data-testid="webhook-subscriptions">
          <thead>
            <tr>
              <th scope="col">{l.colDescription}</th>
              <th scope="col">{l.colUrl}</th>
              <th scope="col">{l.colTypes}</th>
              <th scope="col">{l.colUnits}</th>
              <th scope="col">{l.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td data-label={l.colDescription}>
                  <Link to={webhookPath(s.id)} aria-label={l.open(s.description || s.url)}>
                    {s.description || s.url}
                  </Link>
                </td>
                <td data-label={l.colUrl}>{s.url}</td>
                <td data-label={l.colTypes}>
                  {s.eventTypes.length === 0
                    ? l.allTypes
                    : s.eventTypes.map((type) => t.webhooks.eventTypes[type] ?? type).join(', ')}
                </td>
                <td data-label={l.colUnits}>
                  {s.unitCodes.length === 0 ? l.allUnits : s.unitCodes.map(unitName).join(', ')}
                </td>
                <td data-label={l.colStatus}>{t.webhooks.statuses[s.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {units !== null && (
        <SubscriptionForm
          units={units}
          create={(body) => api.createWebhookSubscription(body)}
          onCreated={(c) => {
            setCreated(c);
            void refreshNow();
          }}
        />
      )}
    </>
  );
}
