import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { NominationState, NominationView, Page } from '../api/types';
import { nominationPath } from '../app/config';
import { useAuth, useUser } from '../auth/auth';
import { formatDateTime, formatTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { CodeName } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { Loading, Pagination, StateBadge, stateLabel } from '../ui/widgets';
import {
  availableViews,
  inboxQuery,
  inboxSearchParams,
  newlyAwaiting,
  pageCount,
  parseInboxFilters,
  sortNominations,
  SORT_KEYS,
  STATES,
  type InboxFilters,
  type InboxView,
  type SortKey,
} from './inbox-logic';
import { usePoller } from './use-poller';

export function InboxPage() {
  const user = useUser();
  const { api } = useAuth();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = parseInboxFilters(params, user);
  const views = availableViews(user);
  const defaultView = views[0] ?? 'all';
  const query = inboxQuery(filters, user.username);
  const queryKey = JSON.stringify(query);

  const [result, setResult] = useState<{ key: string; page: Page<NominationView> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const previous = useRef<{ key: string; items: NominationView[] } | null>(null);

  // One poll: a 304 (nothing changed) only moves the "updated at" time.
  const load = async (signal: AbortSignal) => {
    try {
      const { data, changed } = await api.listNominations(query, signal);
      setError(null);
      setCheckedAt(new Date());
      if (!changed) return;
      const before = previous.current?.key === queryKey ? previous.current.items : undefined;
      const fresh = newlyAwaiting(before, data.items, user.username);
      if (fresh.length > 0) announce(t.inbox.newItems(fresh.length));
      previous.current = { key: queryKey, items: data.items };
      setResult({ key: queryKey, page: data });
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  const { paused, refreshNow } = usePoller(load, { key: queryKey });

  const update = (next: Partial<InboxFilters>) => {
    const merged: InboxFilters = { ...filters, page: 1, ...next };
    setParams(inboxSearchParams(merged, defaultView));
  };

  const page = result?.key === queryKey ? result.page : null;
  const items = page ? sortNominations(page.items, filters.sort) : [];
  const viewLabel: Record<InboxView, string> = {
    awaiting: t.inbox.awaiting,
    involved: t.inbox.involved,
    all: t.inbox.all,
  };
  const sortLabel: Record<SortKey, string> = {
    activity: t.inbox.sortActivity,
    waiting: t.inbox.sortWaiting,
    proposed: t.inbox.sortProposed,
  };

  return (
    <>
      <PageHeading title={t.inbox.title}>{t.inbox.title}</PageHeading>
      {views.length > 1 && (
        <nav className="segmented" aria-label={t.inbox.views}>
          {views.map((view) => (
            <Link
              key={view}
              to={{ search: inboxSearchParams({ ...filters, view, page: 1 }, defaultView).toString() }}
              aria-current={filters.view === view ? 'page' : undefined}
              className="segment"
            >
              {viewLabel[view]}
            </Link>
          ))}
        </nav>
      )}

      <form
        className="filters"
        role="search"
        aria-label={t.inbox.apply}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          update({ cadreId: String(data.get('cadreId') ?? '').trim() || undefined });
        }}
      >
        {filters.view !== 'awaiting' && (
          <div className="field field-inline">
            <label htmlFor="inbox-state">{t.inbox.state}</label>
            <select
              id="inbox-state"
              value={filters.state ?? ''}
              onChange={(e) =>
                update({ state: (e.target.value || undefined) as NominationState | undefined })
              }
            >
              <option value="">{t.inbox.anyState}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {stateLabel(s, t)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field field-inline">
          <label htmlFor="inbox-cadre">{t.inbox.cadre}</label>
          <input
            id="inbox-cadre"
            name="cadreId"
            key={filters.cadreId ?? ''}
            defaultValue={filters.cadreId ?? ''}
            spellCheck={false}
            placeholder="CB-0001"
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="inbox-sort">{t.inbox.sort}</label>
          <select
            id="inbox-sort"
            value={filters.sort}
            aria-describedby="inbox-sort-note"
            onChange={(e) => update({ sort: e.target.value as SortKey, page: filters.page })}
          >
            {SORT_KEYS.map((s) => (
              <option key={s} value={s}>
                {sortLabel[s]}
              </option>
            ))}
          </select>
          <span id="inbox-sort-note" className="visually-hidden">
            {t.inbox.sortNote}
          </span>
        </div>
        <button type="submit" className="button button-secondary">
          {t.inbox.apply}
        </button>
      </form>

      <p className="statusline">
        {page && <strong>{t.inbox.count(page.total)}</strong>}
        <span className="muted">
          {paused ? t.inbox.paused : t.inbox.refreshing}
          {checkedAt && !paused ? ` · ${t.inbox.updatedNow(formatTime(checkedAt))}` : ''}
        </span>
      </p>

      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!page && error === null && <Loading />}
      {page && items.length === 0 && (
        <p className="empty">{filters.view === 'awaiting' ? t.inbox.emptyAwaiting : t.inbox.empty}</p>
      )}
      {page && items.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" aria-label={viewLabel[filters.view]}>
            <thead>
              <tr>
                <th scope="col">{t.inbox.colNominee}</th>
                <th scope="col">{t.inbox.colPost}</th>
                <th scope="col">{t.inbox.colState}</th>
                <th scope="col">{t.inbox.colTurn}</th>
                <th scope="col">{t.inbox.colUpdated}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id} className={n.currentApproverId === user.username ? 'row-mine' : undefined}>
                  <td data-label={t.inbox.colNominee}>
                    <Link to={nominationPath(n.id)} className="row-link">
                      <CodeName kind="cadre" code={n.cadreId} />
                    </Link>
                  </td>
                  <td data-label={t.inbox.colPost}>
                    <CodeName kind="post" code={n.postId} />
                  </td>
                  <td data-label={t.inbox.colState}>
                    <StateBadge state={n.state} />
                  </td>
                  <td data-label={t.inbox.colTurn}>
                    {n.currentApproverId === user.username ? (
                      <strong className="your-turn">{t.inbox.yourTurn}</strong>
                    ) : (
                      (n.currentApproverId ?? '—')
                    )}
                  </td>
                  <td data-label={t.inbox.colUpdated}>{formatDateTime(n.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && (
        <Pagination
          page={filters.page}
          pages={pageCount(page.total, page.limit)}
          onPage={(p) => update({ page: p })}
        />
      )}
    </>
  );
}
