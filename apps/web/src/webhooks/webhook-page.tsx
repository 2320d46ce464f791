import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { DeliveryAttemptStatus, DeliveryLogPage, WebhookSubscriptionView } from '../api/webhook-types';
import { useAuth } from '../auth/auth';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { FieldProblemList } from '../ui/field-problem-list';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { DeliveryLog } from './delivery-log';

const STATUSES: readonly DeliveryAttemptStatus[] = ['delivered', 'failed', 'timeout'];

/** /webhooks/:id: how far delivery got, pause/resume, replay from a number, delete, the delivery log. */
export function WebhookPage() {
  const { id = '' } = useParams();
  const { api } = useAuth();
  const { t } = useI18n();
  const d = t.webhooks.detail;
  const navigate = useNavigate();
  const [sub, setSub] = useState<WebhookSubscriptionView | null>(null);
  const [log, setLog] = useState<DeliveryLogPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<DeliveryAttemptStatus | ''>('');
  const [after, setAfter] = useState('0');
  const [notice, setNotice] = useState<string | null>(null);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const [s, l] = await Promise.all([
          api.webhookSubscription(id, signal),
          api.webhookDeliveries(id, { limit: 100, status: status || undefined }, signal),
        ]);
        setSub(s);
        setLog(l);
        setError(null);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key: `${id}|${status}` },
  );
  const command = useCommand((message) => {
    setNotice(message);
    void refreshNow();
  });

  return (
    <>
      <p>
        <Link to="/webhooks">{d.back}</Link>
      </p>
      <PageHeading title={sub ? sub.description || sub.url : t.webhooks.list.title}>
        {sub ? sub.description || sub.url : t.webhooks.list.title}
      </PageHeading>
      {error !== null && <ErrorMessage error={error} />}
      {!sub && error === null && <Loading />}
      {sub && (
        <section className="card" aria-label={sub.url}>
          <dl className="facts">
            <dt>{t.webhooks.list.colUrl}</dt>
            <dd>{sub.url}</dd>
            <dt>{t.webhooks.list.colStatus}</dt>
            <dd data-testid="webhook-status">{t.webhooks.statuses[sub.status]}</dd>
            <dt>{d.delivered}</dt>
            <dd>{sub.deliveredSequence}</dd>
            <dt>{d.createdAt}</dt>
            <dd>{formatDate(sub.createdAt)}</dd>
          </dl>
          {notice && (
            <p className="notice notice-success" role="status">
              {notice}
            </p>
          )}
          {command.error !== null && <ErrorMessage error={command.error} />}
          <FieldProblemList error={command.error} testId="webhook-command-problems" />
          <p className="actions">
            {sub.status === 'active' ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={command.busy}
                onClick={() =>
                  void command.run(async () => (await api.pauseWebhookSubscription(id), d.paused))
                }
              >
                {d.pause}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                disabled={command.busy}
                onClick={() =>
                  void command.run(async () => (await api.resumeWebhookSubscription(id), d.resumed))
                }
              >
                {d.resume}
              </button>
            )}
            <button
              type="button"
              className="button button-danger"
              disabled={command.busy}
              onClick={() =>
                void command.run(async () => {
                  if (!window.confirm(d.confirmRemove)) return null;
                  await api.deleteWebhookSubscription(id);
                  void navigate('/webhooks');
                  return d.removed;
                })
              }
            >
              {d.remove}
            </button>
          </p>
          <form
            className="filters"
            onSubmit={(e) => {
              e.preventDefault();
              void command.run(
                async () => (await api.replayWebhookSubscription(id, after.trim()), d.replayed),
              );
            }}
          >
            <label>
              {d.replayAfter}{' '}
              <input
                inputMode="numeric"
                pattern="[0-9]*"
                value={after}
                onChange={(e) => setAfter(e.target.value)}
              />
            </label>
            <button type="submit" className="button button-secondary" disabled={command.busy}>
              {d.replay}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="delivery-log-title">
        <h2 id="delivery-log-title">{d.logTitle}</h2>
        <label>
          {d.colStatus}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as DeliveryAttemptStatus | '')}>
            <option value="">{d.anyStatus}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.webhooks.attemptStatuses[s]}
              </option>
            ))}
          </select>
        </label>
        {log && <DeliveryLog attempts={log.attempts} />}
      </section>
    </>
  );
}
