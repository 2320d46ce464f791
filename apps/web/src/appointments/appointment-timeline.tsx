import type { TimelineEntry } from '../api/types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { ActorName } from '../ui/names';
import { Section } from '../ui/widgets';

/** The durable steps from Postgres, in order: kind, who, when, and the verdict or reason they carry. */
export function AppointmentTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useI18n();
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  return (
    <Section title={t.nomination.timeline} id="timeline-title">
      <p className="muted small">{t.nomination.timelineIntro}</p>
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => {
          const p = entry.payload;
          const verdict = text(p.verdict) ?? text(p.outcome);
          const note = text(p.comment) ?? text(p.reason) ?? text(p.summary);
          const stepTitle =
            t.proc.events[entry.kind] ??
            t.proc.kinds[entry.kind] ??
            t.proc.stages[entry.kind] ??
            entry.kind.replace(/_/g, ' ');
          const step = text(p.step);
          // A reassignment or a stand-in names the user the task went to: shown by name, as the actor is.
          const to = entry.kind === 'task_reassigned' || entry.kind === 'task_delegated' ? text(p.to) : null;
          return (
            <li key={entry.seq} className={`timeline-step timeline-${entry.kind}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <p className="timeline-title">
                  <strong>{stepTitle}</strong>
                  {verdict && <span>: {t.proc.outcomes[verdict] ?? verdict}</span>}
                  {text(p.label) && <span className="muted"> · {text(p.label)}</span>}
                  {!text(p.label) && step && <span className="muted"> · {t.proc.stages[step] ?? step}</span>}
                </p>
                <p className="muted small">
                  {t.nomination.by}: <ActorName actor={entry.actor} systemLabel={t.nomination.system} /> ·{' '}
                  {to && (
                    <>
                      {t.nomination.to}: <ActorName actor={to} systemLabel={t.nomination.system} /> ·{' '}
                    </>
                  )}
                  {t.nomination.occurredAt}:{' '}
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </p>
                {note && (
                  <p className="timeline-comment">
                    <q>{note}</q>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
