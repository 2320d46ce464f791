import type { DeliveryAttemptView } from '../api/webhook-types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';

/** The delivery log: each POST with its result, newest first (names of event types, dates dd/mm/yyyy). */
export function DeliveryLog({ attempts }: { attempts: readonly DeliveryAttemptView[] }) {
  const { t } = useI18n();
  const d = t.webhooks.detail;
  if (attempts.length === 0) return <p className="empty">{d.logEmpty}</p>;
  return (
    <table className="data-table" data-testid="delivery-log">
      <thead>
        <tr>
          <th scope="col">{d.colTime}</th>
          <th scope="col">{d.colEvent}</th>
          <th scope="col">{d.colSequence}</th>
          <th scope="col">{d.colProcedure}</th>
          <th scope="col">{d.colStatus}</th>
          <th scope="col">{d.colHttp}</th>
          <th scope="col">{d.colDuration}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.attemptKey}>
            <td data-label={d.colTime}>{formatDateTime(a.attemptedAt)}</td>
            <td data-label={d.colEvent}>{t.webhooks.eventTypes[a.eventType] ?? a.eventType}</td>
            <td data-label={d.colSequence}>{a.sequence}</td>
            <td data-label={d.colProcedure}>{a.subject}</td>
            <td data-label={d.colStatus} title={a.error ?? undefined}>
              {t.webhooks.attemptStatuses[a.status]}
            </td>
            <td data-label={d.colHttp}>{a.httpStatus ?? '—'}</td>
            <td data-label={d.colDuration}>{a.durationMs}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
