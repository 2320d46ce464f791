import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AppointmentView } from '../api/appointment-types';
import type { Page } from '../api/types';
import { appointmentPath } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { AppointmentStateBadge, candidateList, StageLabel } from '../ui/procedure-widgets';
import { Loading, Pagination } from '../ui/widgets';

const PAGE = 20;

/** Appointment procedures; for HR "the ones I proposed" by default, with stage and overdue. */
export function ProceduresPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const proposer = can(user, 'propose');
  const mine = proposer && params.get('all') !== 'true';
  const overdue = params.get('overdue') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = {
    ...(mine ? { proposedBy: user.username } : {}),
    ...(overdue ? { overdue: true } : {}),
    limit: PAGE,
    offset: (page - 1) * PAGE,
  };
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; page: Page<AppointmentView> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data, changed } = await api.listAppointments(query, signal);
        setError(null);
        if (changed) setResult({ key, page: data });
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key },
  );
  const set = (name: string, value: boolean) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, 'true');
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  const current = result?.key === key ? result.page : null;
  const title = mine ? t.proc.mine.title : t.proc.mine.allTitle;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {proposer && (
        <p>
          <Link className="button button-primary" to="/appointments/new">
            {t.proc.mine.new}
          </Link>
        </p>
      )}
      <div className="filters" role="group" aria-label={title}>
        {proposer && (
          <label className="check-inline">
            <input type="checkbox" checked={mine} onChange={(e) => set('all', !e.target.checked)} />{' '}
            {t.proc.mine.onlyMine}
          </label>
        )}
        <label className="check-inline">
          <input type="checkbox" checked={overdue} onChange={(e) => set('overdue', e.target.checked)} />{' '}
          {t.proc.mine.overdueOnly}
        </label>
      </div>
      {current && <p className="statusline">{t.proc.mine.count(current.total)}</p>}
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!current && error === null && <Loading />}
      {current && current.items.length === 0 && <p className="empty">{t.proc.mine.empty}</p>}
      {current && current.items.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" aria-label={title}>
            <thead>
              <tr>
                <th scope="col">{t.proc.mine.colPost}</th>
                <th scope="col">{t.proc.mine.colCandidates}</th>
                <th scope="col">{t.proc.mine.colStage}</th>
                <th scope="col">{t.proc.mine.colState}</th>
                <th scope="col">{t.proc.mine.colDue}</th>
              </tr>
            </thead>
            <tbody>
              {current.items.map((a) => (
                <tr key={a.id} className={a.overdue ? 'row-overdue' : undefined}>
                  <td data-label={t.proc.mine.colPost}>
                    <Link className="row-link" to={appointmentPath(a.id)}>
                      {a.postTitle ?? a.postId}
                    </Link>
                    <span className="muted small"> · {a.unitName ?? a.unitCode}</span>
                  </td>
                  <td data-label={t.proc.mine.colCandidates}>
                    {candidateList(a.candidateIds, a.candidateNames)}
                  </td>
                  <td data-label={t.proc.mine.colStage}>
                    <StageLabel stage={a.stage} />
                  </td>
                  <td data-label={t.proc.mine.colState}>
                    <AppointmentStateBadge state={a.state} />
                  </td>
                  <td data-label={t.proc.mine.colDue}>
                    {a.overdue && <span className="tag tag-fail">{t.proc.page.overdue}</span>}{' '}
                    {formatDate(a.procedureDueAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <Pagination
          page={page}
          pages={Math.max(1, Math.ceil(current.total / PAGE))}
          onPage={(p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          }}
        />
      )}
    </>
  );
}
