import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PlanList, PlanState } from '../api/plan-types';
import { planPath } from '../app/plan-paths';
import { useAuth, useUser } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading, Pagination } from '../ui/widgets';
import { PlanStageLabel, PlanStateBadge } from './plan-badges';
import { suggestedTerms } from './plan-form-logic';
import { mayStartPlan } from './plan-roles';

const STATES: readonly PlanState[] = [
  'in_progress',
  'in_force',
  'ended',
  'not_passed',
  'rejected',
  'withdrawn',
];
const PAGE_SIZE = 20;

/** /plans: every plan in the user's scope, by state and term. */
export function PlansPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const l = t.plan.list;
  const [params, setParams] = useSearchParams();
  const state = STATES.find((s) => s === params.get('state'));
  const term = params.get('term') ?? undefined;
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const query = { state, term, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; list: PlanList } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data } = await api.listPlans(query, signal);
        setError(null);
        setResult({ key, list: data });
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key },
  );
  const list = result?.key === key ? result.list : null;
  const setQuery = (next: { state?: string; term?: string; page?: number }) => {
    const search = new URLSearchParams();
    const s = 'state' in next ? next.state : state;
    const tm = 'term' in next ? next.term : term;
    if (s) search.set('state', s);
    if (tm) search.set('term', tm);
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const terms = [...new Set([...suggestedTerms(new Date()), ...(term ? [term] : [])])].sort();

  return (
    <>
      <PageHeading title={l.title}>{l.title}</PageHeading>
      {mayStartPlan(user) && (
        <div className="actions">
          <Link className="button button-primary" to="/plans/new">
            {l.new}
          </Link>
        </div>
      )}
      <div className="filters">
        <div className="field field-inline">
          <label htmlFor="plan-state">{l.state}</label>
          <select id="plan-state" value={state ?? ''} onChange={(e) => setQuery({ state: e.target.value })}>
            <option value="">{l.anyState}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t.plan.states[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="plan-term">{l.term}</label>
          <select id="plan-term" value={term ?? ''} onChange={(e) => setQuery({ term: e.target.value })}>
            <option value="">{l.anyTerm}</option>
            {terms.map((tm) => (
              <option key={tm} value={tm}>
                {tm}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!list && error === null && <Loading />}
      {list && (
        <p className="statusline" aria-live="polite">
          <strong>{l.count(list.total)}</strong>
        </p>
      )}
      {list && list.items.length === 0 && <p className="empty">{l.empty}</p>}
      {list && list.items.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" aria-label={l.title}>
            <thead>
              <tr>
                <th scope="col">{l.colUnit}</th>
                <th scope="col">{l.colTerm}</th>
                <th scope="col">{l.colState}</th>
                <th scope="col">{l.colCandidates}</th>
                <th scope="col">{l.colUpdated}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((p) => (
                <tr key={p.id} data-testid="plan-row">
                  <td data-label={l.colUnit}>
                    <Link to={planPath(p.id)} className="row-link">
                      {p.unitName ?? p.unitCode}
                    </Link>
                  </td>
                  <td data-label={l.colTerm}>{p.term}</td>
                  <td data-label={l.colState}>
                    <PlanStateBadge state={p.state} /> <PlanStageLabel stage={p.stage} />
                  </td>
                  <td data-label={l.colCandidates}>{p.candidates}</td>
                  <td data-label={l.colUpdated}>{formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list && (
        <Pagination
          page={page}
          pages={Math.max(1, Math.ceil(list.total / PAGE_SIZE))}
          onPage={(p) => setQuery({ page: p })}
        />
      )}
    </>
  );
}
