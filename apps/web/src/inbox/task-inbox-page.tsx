import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TaskCommandAnswer, TaskCounts, TaskView } from '../api/appointment-types';
import type { Page } from '../api/types';
import { taskPath } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDate, formatTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { PendingAnswers } from '../shared/pending-answers';
import { applyTaskAnswer } from '../shared/task-answer';
import { usePoller } from '../shared/use-poller';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { candidateList, DueTag, StageLabel } from '../ui/procedure-widgets';
import { Loading, Pagination } from '../ui/widgets';
import { ActionResult } from './action-result';
import { BulkApprove, BulkResults, type BulkRow } from './bulk-approve';
import {
  bulkApprovable,
  countsQuery,
  keepSelection,
  newlyMine,
  parseTaskFilters,
  SCOPES,
  SORTS,
  TASK_KINDS,
  taskId,
  taskQuery,
  taskSearchParams,
  type TaskFilters,
} from './task-inbox-logic';
import { TaskRowActions, type RowResult } from './task-row-actions';
import { useUserLabels } from '../ui/names';

/**
 * The approver's inbox of procedure tasks: mine, group tasks to claim, all, and what I finished, each
 * tab with its count; searched and sorted by the API across every page; claim, give back and decide
 * from the list. The outcome of an action stays on screen until dismissed, and focus goes to it.
 */
export function TaskInboxPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const m = t.taskInbox;
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = parseTaskFilters(params);
  const query = taskQuery(filters);
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; page: Page<TaskView> } | null>(null);
  const [counts, setCounts] = useState<TaskCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkResults, setBulkResults] = useState<BulkRow[] | null>(null);
  const [rowResult, setRowResult] = useState<RowResult | null>(null);
  const [search, setSearch] = useState(filters.q);
  const previous = useRef<{ key: string; items: TaskView[] } | null>(null);
  const pending = useRef(new PendingAnswers<TaskCommandAnswer>());

  const load = async (signal: AbortSignal) => {
    const read = pending.current.beginRead();
    try {
      const [{ data, changed }, tabCounts] = await Promise.all([
        api.tasks(query, signal),
        api.taskCounts(countsQuery(filters), signal),
      ]);
      setError(null);
      setCheckedAt(new Date());
      setCounts(tabCounts);
      const ahead = pending.current.settle(read);
      if (!changed) return;
      // A read begun before the user's last command may not show it yet: its answer goes on top again.
      const items = ahead.reduce(applyTaskAnswer, data.items);
      const before = previous.current?.key === key ? previous.current.items : undefined;
      const fresh = newlyMine(before, items);
      if (fresh.length > 0) announce(t.proc.inbox.newItems(fresh.length));
      previous.current = { key, items };
      setResult({ key, page: { ...data, items } });
      setSelected((s) => keepSelection(s, items));
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
  // The API's order, across pages: never re-sorted here.
  const items = page ? page.items : [];
  const selectedRows = items.filter((row) => selected.has(taskId(row)));
  const who = useUserLabels(items.map((row) => row.claimedBy ?? ''));
  const scopeLabel = {
    mine: t.proc.inbox.mine,
    claimable: t.proc.inbox.claimable,
    all: t.proc.inbox.all,
    done: m.done,
  };
  // HR acts on its own tasks (a returned dossier, a revision): only a pure viewer is told "view only".
  const viewOnly = !can(user, 'decide') && !can(user, 'propose');
  const mayReassign = can(user, 'reassign');

  const toggle = (row: TaskView) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(taskId(row))) next.delete(taskId(row));
      else next.add(taskId(row));
      return next;
    });

  /**
   * A row's command succeeded: its answer changes the rows at once (state, holder, actions), and the
   * list and the tab counts, which it cannot tell (a claimed task leaves "to claim"), are read again in
   * the background.
   */
  const onRowResult = (r: RowResult) => {
    setRowResult(r);
    announce(r.text);
    const { answer } = r;
    if (answer) {
      pending.current.add(answer);
      setResult(
        (current) =>
          current && {
            ...current,
            page: { ...current.page, items: applyTaskAnswer(current.page.items, answer) },
          },
      );
    }
    if (r.ok) void refreshNow();
  };

  return (
    <>
      <PageHeading title={t.proc.inbox.title}>{t.proc.inbox.title}</PageHeading>
      {viewOnly && (
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
            aria-label={counts ? m.tabLabel(scopeLabel[scope], counts[scope]) : undefined}
            data-testid={`tab-${scope}`}
          >
            {counts ? m.tab(scopeLabel[scope], counts[scope]) : scopeLabel[scope]}
          </Link>
        ))}
      </nav>
      {filters.scope === 'mine' && counts && counts.claimable > 0 && (
        <p className="notice notice-info" data-testid="group-waiting">
          {m.groupWaiting(counts.claimable)}{' '}
          <Link to={{ search: taskSearchParams({ ...filters, scope: 'claimable', page: 1 }).toString() }}>
            {m.showGroup}
          </Link>
        </p>
      )}
      <div className="filters" role="group" aria-label={t.proc.inbox.kind}>
        <form
          className="field field-inline"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: search });
          }}
        >
          <label htmlFor="task-search">{m.search}</label>
          <input
            id="task-search"
            type="search"
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.target.value)}
          />
          <button type="submit" className="button button-small">
            {m.searchButton}
          </button>
        </form>
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
        <div className="field field-inline">
          <label htmlFor="task-sort">{m.sort}</label>
          <select
            id="task-sort"
            value={filters.sort}
            onChange={(e) => update({ sort: SORTS.find((s) => s === e.target.value) ?? 'urgency' })}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {m.sorts[s]}
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

      {rowResult && (
        <ActionResult
          title={m.result}
          focusKey={rowResult}
          tone={rowResult.ok ? 'ok' : 'error'}
          onDismiss={() => setRowResult(null)}
          testId="row-result"
        >
          <p>{rowResult.text}</p>
          {rowResult.error !== undefined && <ErrorMessage error={rowResult.error} />}
        </ActionResult>
      )}
      {bulkResults && <BulkResults results={bulkResults} onDismiss={() => setBulkResults(null)} />}

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
                <th scope="col">{m.colActions}</th>
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
                    {row.priority && row.priority !== 'normal' && (
                      <span className={row.priority === 'high' ? 'tag tag-fail' : 'tag'}>
                        {' '}
                        {m.priorityTag(m.priorities[row.priority])}
                      </span>
                    )}
                    {row.followUpOn && (
                      <span className="muted small"> · {m.followUpOn(formatDate(row.followUpOn))}</span>
                    )}
                    {row.status === 'done' && row.comment && (
                      <span className="muted small">
                        {' '}
                        · <q>{row.comment}</q>
                      </span>
                    )}
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
                      <span className="muted small"> · {who(row.claimedBy)}</span>
                    )}
                  </td>
                  <td data-label={m.colActions}>
                    <TaskRowActions task={row} api={api} mayReassign={mayReassign} onResult={onRowResult} />
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
          onDone={(rows) => {
            setBulkResults(rows);
            setSelected(new Set());
            void refreshNow();
          }}
          onClear={() => setSelected(new Set())}
        />
      )}
    </>
  );
}
