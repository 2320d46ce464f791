import { useState } from 'react';
import type { AppointmentReport } from '../api/appointment-types';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading, Section } from '../ui/widgets';
import { BarChart, ShareBar } from './bar-chart';
import { DistrictFiguresSection } from './district-figures-section';

/** Units' totals over every state, biggest first. */
export function unitTotals(report: AppointmentReport): { label: string; value: number }[] {
  const totals = new Map<string, { label: string; value: number }>();
  for (const row of report.byUnit) {
    const entry = totals.get(row.unitCode) ?? { label: row.unitName ?? row.unitCode, value: 0 };
    entry.value += row.count;
    totals.set(row.unitCode, entry);
  }
  return [...totals.values()].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** The leader's figures from GET /reports/appointments, refreshed while open. */
export function DashboardPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const d = t.proc.dashboard;
  const [report, setReport] = useState<AppointmentReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data, changed } = await api.appointmentReport(signal);
        setError(null);
        if (changed) setReport(data);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key: 'report', intervalMs: 15_000 },
  );
  const fmt = (n: number | null) => (n === null ? '—' : String(n));
  return (
    <>
      <PageHeading title={d.title}>{d.title}</PageHeading>
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!report && error === null && <Loading />}
      {report && (
        <div className="dashboard">
          <Section title={d.byState} id="by-state">
            {report.byState.length === 0 ? (
              <p className="muted">{d.noData}</p>
            ) : (
              <BarChart
                title={d.byState}
                unitLabel={t.proc.page.state}
                countLabel={d.count}
                bars={report.byState.map((s) => ({
                  label: t.proc.states[s.state] ?? s.state,
                  value: s.count,
                }))}
              />
            )}
          </Section>
          <Section title={d.byUnit} id="by-unit">
            {report.byUnit.length === 0 ? (
              <p className="muted">{d.noData}</p>
            ) : (
              <BarChart title={d.byUnit} unitLabel={d.unit} countLabel={d.count} bars={unitTotals(report)} />
            )}
          </Section>
          <Section title={d.standards} id="standards">
            <ShareBar
              part={report.standardsMet.met}
              whole={report.standardsMet.appointed}
              text={d.standardsText(report.standardsMet.met, report.standardsMet.appointed)}
            />
          </Section>
          <Section title={d.nonLocal} id="non-local">
            <ShareBar
              part={report.nonLocalHeads.nonLocal}
              whole={report.nonLocalHeads.heads}
              text={d.nonLocalText(report.nonLocalHeads.nonLocal, report.nonLocalHeads.heads)}
            />
          </Section>
          <Section title={d.time} id="time">
            <p className="big-figures">
              <span>
                p50 <strong>{fmt(report.timeToDecisionDays.p50)}</strong>
              </span>{' '}
              <span>
                p90 <strong>{fmt(report.timeToDecisionDays.p90)}</strong>
              </span>
            </p>
            <p>
              {d.timeText(
                report.timeToDecisionDays.count,
                fmt(report.timeToDecisionDays.p50),
                fmt(report.timeToDecisionDays.p90),
              )}
            </p>
          </Section>
          <Section title={d.work} id="work">
            <BarChart
              title={d.work}
              unitLabel={d.work}
              countLabel={d.count}
              bars={[
                { label: d.open, value: report.openTasks },
                { label: d.overdue, value: report.overdueTasks },
              ]}
            />
            <p>{d.workText(report.openTasks, report.overdueTasks)}</p>
          </Section>
        </div>
      )}
      <DistrictFiguresSection />
    </>
  );
}
