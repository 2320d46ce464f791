import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CadreTimelineEntry } from '../api/appointment-types';
import { appointmentPath } from '../app/procedure-paths';
import { useAuth } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { AppointmentStateBadge } from '../ui/procedure-widgets';
import { Section } from '../ui/widgets';
import { groupByProcedure } from './cadre-timeline-groups';

const SHOWN = 100;

/** The cadre's timeline across appointment procedures (the cadre_timeline read model), one block each. */
export function CadreProceduresSection({ cadreCode }: { cadreCode: string }) {
  const { api } = useAuth();
  const { t } = useI18n();
  const [entries, setEntries] = useState<CadreTimelineEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api
      .cadreTimeline(cadreCode, { limit: SHOWN, offset: 0 }, controller.signal)
      .then((page) => {
        setFailed(false);
        setEntries(page.items);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setFailed(true);
      });
    return () => controller.abort();
  }, [api, cadreCode]);

  const c = t.proc.cadreTimeline;
  return (
    <Section title={c.title} id="cadre-procedures">
      <p className="muted small">{c.intro}</p>
      {failed && <p className="notice notice-warning">{c.failed}</p>}
      {entries?.length === 0 && <p className="muted">{c.empty}</p>}
      {entries &&
        groupByProcedure(entries).map((group) => (
          <article key={group.workflowId} className="cadre-procedure" data-testid="cadre-procedure">
            <p>
              <Link to={appointmentPath(group.workflowId)}>{group.postTitle ?? group.postId}</Link>{' '}
              <span className="muted small">{group.unitName ?? group.unitCode}</span>{' '}
              <AppointmentStateBadge state={group.procedureState} />
            </p>
            <ol className="timeline compact" aria-label={`${c.procedure} ${group.workflowId}`}>
              {group.entries.map((e) => (
                <li key={e.stepKey} className={`timeline-step timeline-${e.kind}`}>
                  <span className="timeline-dot" aria-hidden="true" />
                  <div className="timeline-body">
                    <strong>{t.proc.events[e.kind] ?? e.kind.replace(/_/g, ' ')}</strong>{' '}
                    <time className="muted small" dateTime={e.occurredAt}>
                      {formatDateTime(e.occurredAt)}
                    </time>
                  </div>
                </li>
              ))}
            </ol>
          </article>
        ))}
    </Section>
  );
}
