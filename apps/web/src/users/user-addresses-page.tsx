import { useEffect, useState, type FormEvent } from 'react';
import type { UserAddressView } from '../api/user-address-endpoints';
import { useAuth } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { ActorName } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { useReturnFocus } from '../ui/return-focus';
import { Loading } from '../ui/widgets';
import { UserEmailForm } from './user-email-form';

/** The API's most at once: every active user of a district. */
const LIMIT = 500;

/** /users/addresses (administrators): each user by name with the address task mail goes to, edited here. */
export function UserAddressesPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const a = t.addresses;
  const announce = useAnnounce();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState({ q: '', missing: false });
  const [users, setUsers] = useState<UserAddressView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<UserAddressView | null>(null);
  const [reload, setReload] = useState(0);
  const { buttonOf, returnTo } = useReturnFocus(users);

  useEffect(() => {
    const controller = new AbortController();
    api
      .userAddresses(
        { q: query.q || undefined, missing: query.missing || undefined, limit: LIMIT },
        controller.signal,
      )
      .then(
        (list) => {
          setUsers(list);
          setError(null);
        },
        (e: unknown) => {
          if ((e as Error).name !== 'AbortError') setError(e);
        },
      );
    return () => controller.abort();
  }, [api, query, reload]);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQuery((q) => ({ ...q, q: search.trim() }));
  };

  const onSaved = (saved: UserAddressView) => {
    announce(saved.email ? a.saved(saved.fullName, saved.email) : a.cleared(saved.fullName));
    setEditing(null);
    returnTo(saved.username);
    // The answer is the row as stored; a filtered list may now leave it out, so read it again.
    setUsers((list) => list?.map((u) => (u.username === saved.username ? saved : u)) ?? null);
    if (query.missing) setReload((n) => n + 1);
  };

  return (
    <>
      <PageHeading title={a.title}>{a.title}</PageHeading>
      <p className="muted">{a.intro}</p>
      <form role="search" className="field-row" onSubmit={onSearch}>
        <div className="field">
          <label htmlFor="user-address-search">{a.search}</label>
          <input id="user-address-search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">
          {a.searchButton}
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={query.missing}
            onChange={(e) => setQuery((q) => ({ ...q, missing: e.target.checked }))}
          />{' '}
          {a.onlyMissing}
        </label>
      </form>
      {error !== null && <ErrorMessage error={error} onRetry={() => setReload((n) => n + 1)} />}
      {editing && (
        <UserEmailForm
          key={editing.username}
          user={editing}
          save={(email) => api.setUserEmail(editing.username, email)}
          onSaved={onSaved}
          onCancel={() => {
            returnTo(editing.username);
            setEditing(null);
          }}
        />
      )}
      {users === null && error === null && <Loading />}
      {users !== null && users.length === 0 && <p className="empty">{a.empty}</p>}
      {users !== null && users.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" data-testid="user-addresses" aria-label={a.title}>
            <thead>
              <tr>
                <th scope="col">{a.colName}</th>
                <th scope="col">{a.colUsername}</th>
                <th scope="col">{a.colEmail}</th>
                <th scope="col">{a.colChanged}</th>
                <th scope="col">
                  <span className="visually-hidden">{a.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.username}>
                  <td data-label={a.colName}>{u.fullName}</td>
                  <td data-label={a.colUsername}>
                    <span className="code">{u.username}</span>
                  </td>
                  <td data-label={a.colEmail}>{u.email ?? <span className="muted">{a.noEmail}</span>}</td>
                  <td data-label={a.colChanged}>
                    {u.changedAt && u.changedBy ? (
                      <>
                        {a.changed(formatDateTime(u.changedAt))}{' '}
                        <ActorName actor={u.changedBy} systemLabel="" />
                      </>
                    ) : (
                      <span className="muted">{a.neverChanged}</span>
                    )}
                  </td>
                  <td data-label={a.colActions}>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      ref={buttonOf(u.username)}
                      onClick={() => setEditing(u)}
                    >
                      {a.edit(u.fullName)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
