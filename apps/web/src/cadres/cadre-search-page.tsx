import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CadreView, CursorPage } from '../api/types';
import { cadrePath } from '../app/config';
import { useAuth } from '../auth/auth';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { useNameCache } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { Loading, Pagination } from '../ui/widgets';

const PAGE_SIZE = 20;

/**
 * GET /api/v1/cadres?q=: a name with or without diacritics, or a code prefix. The URL keeps q, the page
 * and, for a page reached by "next", the cursor it starts after: a deep page is read by key, as cheap as
 * the first. A total the API capped is shown as "more than 1,000", and the last page is then unknown.
 */
export function CadreSearchPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const names = useNameCache();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const after = params.get('after') ?? undefined;
  const [text, setText] = useState(q);
  const [result, setResult] = useState<{ key: string; page: CursorPage<CadreView> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  // "Next"/"previous" replace the list (and the buttons) while the page loads: the focus goes to the
  // count of the page read, not to <body>, and Tab goes on to its first row.
  // The key of the page left (the URL changes in a transition: the old page may render once more).
  const pagedFrom = useRef<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const key = `${q}|${page}|${after ?? ''}`;
  // The cursor each page of a search started after (`q|page`), so "previous" is read by key too when known.
  const starts = useRef(new Map<string, string>());
  useEffect(() => {
    if (after) starts.current.set(`${q}|${page}`, after);
  }, [q, page, after]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .searchCadres(
        after
          ? { q: q || undefined, limit: PAGE_SIZE, after }
          : { q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        controller.signal,
      )
      .then((data) => {
        for (const c of data.items) names?.remember('cadre', c.code, c.fullName);
        setError(null);
        setResult({ key, page: data });
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [api, q, page, after, key, names]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    setParams(next);
  };

  const shown = result?.key === key ? result.page : null;
  useEffect(() => {
    if (pagedFrom.current === null || pagedFrom.current === key || !shown) return;
    status.current?.focus();
    pagedFrom.current = null;
  }, [key, shown]);
  return (
    <>
      <PageHeading title={t.cadres.title}>{t.cadres.title}</PageHeading>
      <form role="search" className="searchbar" onSubmit={submit} aria-label={t.cadres.search}>
        <label htmlFor="cadre-q">{t.cadres.search}</label>
        <div className="input-with-button">
          <input
            id="cadre-q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="cadre-q-help"
            spellCheck={false}
            autoComplete="off"
          />
          <button type="submit" className="button button-primary">
            {t.cadres.submit}
          </button>
        </div>
        <p id="cadre-q-help" className="field-help">
          {t.cadres.searchHelp}
        </p>
      </form>
      {error !== null && <ErrorMessage error={error} />}
      {!shown && error === null && <Loading />}
      {shown && (
        <>
          <p className="statusline" role="status" tabIndex={-1} ref={status}>
            <strong>{t.cadres.results(shown.total, shown.totalCapped)}</strong>
            {page > 1 && <span className="muted"> · {t.pagination.pageOnly(page)}</span>}
          </p>
          {shown.items.length === 0 ? (
            <p className="empty">{t.cadres.empty}</p>
          ) : (
            <div className="table-wrap">
              <table className="table responsive" aria-label={t.cadres.title}>
                <thead>
                  <tr>
                    <th scope="col">{t.cadres.colName}</th>
                    <th scope="col">{t.cadres.colCode}</th>
                    <th scope="col">{t.cadres.colBirth}</th>
                    <th scope="col">{t.cadres.colPost}</th>
                    <th scope="col">{t.cadres.colUnit}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((c) => (
                    <tr key={c.code}>
                      <td data-label={t.cadres.colName} className="cell-name">
                        <Link
                          to={cadrePath(c.code)}
                          state={{ search: params.toString() }}
                          className="row-link"
                        >
                          {c.fullName}
                        </Link>
                      </td>
                      <td data-label={t.cadres.colCode}>
                        <span className="code">{c.code}</span>
                      </td>
                      <td data-label={t.cadres.colBirth}>{formatDate(c.birthDate)}</td>
                      <td data-label={t.cadres.colPost}>
                        {c.currentPost?.postTitle ?? <span className="muted">{t.cadres.noPost}</span>}
                      </td>
                      <td data-label={t.cadres.colUnit}>{c.currentPost?.unitName ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={page}
            pages={shown.totalCapped ? undefined : Math.max(1, Math.ceil(shown.total / PAGE_SIZE))}
            hasNext={shown.nextCursor !== null}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              const start = p === page + 1 ? shown.nextCursor : starts.current.get(`${q}|${p}`);
              if (start && p > 1) next.set('after', start);
              else next.delete('after');
              pagedFrom.current = key;
              setParams(next);
            }}
          />
        </>
      )}
    </>
  );
}
