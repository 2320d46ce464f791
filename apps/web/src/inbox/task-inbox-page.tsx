import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TaskView } from '../api/appointment-types';
import type { Page } from '../api/types';
import { taskPath } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { candidateList, DueTag, StageLabel } from '../ui/procedure-widgets';
import { Loading, Pagination } from '../ui/widgets';
import { BulkApprove } from './bulk-approve';
import {
  bulkApprovable,
  keepSelection,
  newlyMine,
  parseTaskFilters,
  SCOPES,
  sortTasks,
  TASK_KINDS,
  taskId,
  taskQuery,
  taskSearchParams,
  type TaskFilters,
} from './task-inbox-logic';

/** The approver's inbox of procedure tasks: mine, group tasks to claim, all; overdue and due first. */
export function TaskInboxPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = parseTaskFilters(params);
  const query = taskQuery(filters);
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; page: Page<TaskView> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const previous = useRef<{ key: string; items: TaskView[] } | null>(null);

  const load = async (signal: AbortSignal) => {
    try {
      const { data, changed } = await api.tasks(query, signal);
      setError(null);
      setCheckedAt(new Date());
      if (!changed) return;
      const before = previous.current?.key === key ? previous.current.items : undefined;
      const fresh = newlyMine(before, data.items);
      if (fresh.length > 0) announce(t.proc.inbox.newItems(fresh.length));
      previous.current = { key, items: data.items };
      setResult({ key, page: data });
      setSelected((s) => keepSelection(s, data.items));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  const { paused, refreshNow } = usePoller(load, { key });

  const update = (next: Partial<TaskFilters>) =>
    setParams(taskSearchParams({ ...filters, page: 1, ...next }));
  const page = result?.key === key ? result.page : null;
  const now = checkedAt?.getTime() ?? 0;
  const items = page ? sortTasks(page.items, now) : [];
  const selectedRows = items.filter((row) => selected.has(taskId(row)));
  const scopeLabel = { mine: t.proc.inbox.mine, claimable: t.proc.inbox.claimable, all: t.proc.inbox.all };

  const toggle = (row: TaskView) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(taskId(row))) next.delete(taskId(row));
      else next.add(taskId(row));
      return next;
    });

  return (
    <>
      <PageHeading title={t.proc.inbox.title}>{t.proc.inbox.title}</PageHeading>
      {!can(user, 'decide') && (
        <p className="notice notice-info" data-testid="viewer-note">
          {t.proc.actions.viewerNote}
        </p>
      )}
      <nav className="segmented" aria-label={t.proc.inbox.scopes}>
        {SCOPES.map((scope) => (
          <Link
            key={scope}
            className="segment"
            to={{ search: taskSearchParams({ ...filters, scope, page: 1 }).toString() }}
            aria-current={filters.scope === scope ? 'page' : undefined}
          >
            {scopeLabel[scope]}
          </Link>
        ))}
      </nav>
      <div className="filters" role="group" aria-label={t.proc.inbox.kind}>
        <div className="field field-inline">
          <label htmlFor="task-kind">{t.proc.inbox.kind}</label>
          <select
            id="task-kind"
            value={filters.kind ?? ''}
            onChange={(e) => update({ kind: TASK_KINDS.find((k) => k === e.target.value) })}
          >
            <option value="">{t.proc.inbox.anyKind}</option>
            {TASK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.proc.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <label className="check-inline">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(e) => update({ overdueOnly: e.target.checked })}
          />{' '}
          {t.proc.inbox.overdueOnly}
        </label>
      </div>

      <p className="statusline" aria-live="polite">
        {page && <strong>{t.proc.inbox.count(page.total)}</strong>}
        <span className="muted">
          {paused ? t.proc.inbox.paused : t.proc.inbox.refreshing}
          {checkedAt && !paused ? ` · ${t.proc.inbox.updatedAt(formatTime(checkedAt))}` : ''}
        </span>
      </p>
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!page && error === null && <Loading />}
      {page && items.length === 0 && <p className="empty">{t.proc.inbox.empty}</p>}
      {page && items.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" aria-label={scopeLabel[filters.scope]}>
            <thead>
              <tr>
                <th scope="col">{t.proc.inbox.colSelect}</th>
                <th scope="col">{t.proc.inbox.colTask}</th>
                <th scope="col">{t.proc.inbox.colCandidates}</th>
                <th scope="col">{t.proc.inbox.colPost}</th>
                <th scope="col">{t.proc.inbox.colDue}</th>
                <th scope="col">{t.proc.inbox.colRelation}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr
                  key={taskId(row)}
                  className={row.overdue ? 'row-overdue' : undefined}
                  data-testid="task-row"
                >
                  <td data-label={t.proc.inbox.colSelect}>
                    {bulkApprovable(row) ? (
                      <input
                        type="checkbox"
                        checked={selected.has(taskId(row))}
                        onChange={() => toggle(row)}
                        aria-label={t.proc.inbox.select(`${row.label} · ${row.postTitle ?? row.postId}`)}
                      />
                    ) : (
                      <span className="muted small">{t.proc.inbox.notBulk}</span>
                    )}
                  </td>
                  <td data-label={t.proc.inbox.colTask}>
                    <Link to={taskPath(row)} className="row-link">
                      {row.label}
                    </Link>
                    <span className="muted small">
                      {' '}
                      · {t.proc.kinds[row.kind] ?? row.kind} · <StageLabel stage={row.stage} />
                    </span>
                    {row.escalated && <span className="tag tag-fail"> {t.proc.inbox.escalated}</span>}
                  </td>
                  <td data-label={t.proc.inbox.colCandidates}>
                    {candidateList(row.cadreIds, row.cadreNames)}
                  </td>
                  <td data-label={t.proc.inbox.colPost}>
                    {row.postTitle ?? row.postId}
                    {row.unitName && <span className="muted small"> · {row.unitName}</span>}
                  </td>
                  <td data-label={t.proc.inbox.colDue}>
                    <DueTag task={row} now={now} />
                  </td>
                  <td data-label={t.proc.inbox.colRelation}>
                    {t.proc.relation[row.relation] ?? row.relation}
                    {row.claimedBy && row.relation !== 'claimed_by_me' && (
                      <span className="muted small"> · {row.claimedBy}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <Pagination
          page={filters.page}
          pages={Math.max(1, Math.ceil(page.total / page.limit))}
          onPage={(p) => update({ page: p })}
        />
      )}
      {page && items.some(bulkApprovable) && (
        <BulkApprove
          selected={selectedRows}
          approve={api.bulkApprove}
          onDone={() => {
            setSelected(new Set());
            void refreshNow();
          }}
          onClear={() => setSelected(new Set())}
        />
      )}
    </>
  );
}
