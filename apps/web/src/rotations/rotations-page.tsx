import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { RotationBatchView, RotationList, RotationState } from '../api/rotation-types';
import { rotationBatchPath, rotationPath } from '../app/rotation-paths';
import { useAuth, useUser } from '../auth/auth';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { RotationStateBadge } from './rotation-state-badge';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { StageLabel } from '../ui/procedure-widgets';
import { Loading, Pagination } from '../ui/widgets';
import { mayPlanRotations, mayProposeRotation } from './rotation-roles';
import { postAndUnit } from './rotation-summary';

const STATES: readonly RotationState[] = [
  'in_progress',
  'rotating',
  'ended',
  'not_passed',
  'rejected',
  'withdrawn',
];
const PAGE_SIZE = 20;

/** /rotations: every rotation in the user's scope, by state, and the recent batches. */
export function RotationsPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const l = t.rotation.list;
  const [params, setParams] = useSearchParams();
  const state = STATES.find((s) => s === params.get('state'));
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const query = { state, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; list: RotationList } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [batches, setBatches] = useState<RotationBatchView[] | null>(null);

  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data } = await api.listRotations(query, signal);
        setError(null);
        setResult({ key, list: data });
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key },
  );
  useEffect(() => {
    const controller = new AbortController();
    api.listRotationBatches(controller.signal).then(
      (answer) => setBatches(answer.items),
      () => setBatches([]),
    );
    return () => controller.abort();
  }, [api]);

  const list = result?.key === key ? result.list : null;
  const setQuery = (next: { state?: string; page?: number }) => {
    const search = new URLSearchParams();
    const s = 'state' in next ? next.state : state;
    if (s) search.set('state', s);
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <PageHeading title={l.title}>{l.title}</PageHeading>
      <div className="actions">
        {mayProposeRotation(user) && (
          <Link className="button button-primary" to="/rotations/new">
            {l.new}
          </Link>
        )}{' '}
        {mayPlanRotations(user) && (
          <Link className="button button-secondary" to="/rotations/planner">
            {l.planner}
          </Link>
        )}
      </div>
      <div className="filters">
        <div className="field field-inline">
          <label htmlFor="rotation-state">{l.state}</label>
          <select
            id="rotation-state"
            value={state ?? ''}
            onChange={(e) => setQuery({ state: e.target.value })}
          >
            <option value="">{l.anyState}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t.rotation.states[s]}
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
                <th scope="col">{l.colCadre}</th>
                <th scope="col">{l.colMove}</th>
                <th scope="col">{l.colReason}</th>
                <th scope="col">{l.colState}</th>
                <th scope="col">{l.colUpdated}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.id} data-testid="rotation-row">
                  <td data-label={l.colCadre}>
                    <Link to={rotationPath(r.id)} className="row-link">
                      {r.cadreName ?? r.cadreId}
                    </Link>
                  </td>
                  <td data-label={l.colMove}>
                    {t.rotation.page.move(
                      postAndUnit(r.fromPostTitle, r.fromPostId, r.fromUnitName, r.fromUnitCode),
                      postAndUnit(r.toPostTitle, r.toPostId, r.toUnitName, r.toUnitCode),
                    )}
                  </td>
                  <td data-label={l.colReason}>{t.rotation.reasons[r.reason] ?? r.reason}</td>
                  <td data-label={l.colState}>
                    <RotationStateBadge state={r.state} /> <StageLabel stage={r.stage} />
                  </td>
                  <td data-label={l.colUpdated}>{formatDateTime(r.updatedAt)}</td>
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
      <section className="card" aria-labelledby="rotation-batches-title">
        <h2 id="rotation-batches-title">{l.batches}</h2>
        {batches === null && <Loading />}
        {batches?.length === 0 && <p className="muted">{l.noBatches}</p>}
        {batches && batches.length > 0 && (
          <ul className="plain-list">
            {batches.slice(0, 10).map((b) => (
              <li key={b.id}>
                <Link to={rotationBatchPath(b.id)}>
                  {l.batchLink(formatDate(b.createdAt), b.progress.total)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
