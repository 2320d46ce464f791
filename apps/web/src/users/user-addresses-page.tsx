import { useCallback, useState, type FormEvent } from 'react';
import type { UserAddressView } from '../api/user-address-endpoints';
import { useAuth } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { ActorName } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { RegistryList } from '../ui/registry-list';
import { useReturnFocus } from '../ui/return-focus';
import { useRegistryRows } from '../ui/use-registry-rows';
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
  const [editing, setEditing] = useState<UserAddressView | null>(null);
  const load = useCallback(
    (signal: AbortSignal) =>
      api.userAddresses(
        { q: query.q || undefined, missing: query.missing || undefined, limit: LIMIT },
        signal,
      ),
    [api, query],
  );
  const { rows: users, setRows: setUsers, error, reload } = useRegistryRows(load);
  const { buttonOf, returnTo } = useReturnFocus(users);

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
    if (query.missing) reload();
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
      {error !== null && <ErrorMessage error={error} onRetry={reload} />}
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
      <RegistryList
        rows={users}
        error={error}
        empty={a.empty}
        testId="user-addresses"
        label={a.title}
        rowKey={(u) => u.username}
        columns={[
          { header: a.colName, cell: (u) => u.fullName },
          { header: a.colUsername, cell: (u) => <span className="code">{u.username}</span> },
          { header: a.colEmail, cell: (u) => u.email ?? <span className="muted">{a.noEmail}</span> },
          {
            header: a.colChanged,
            cell: (u) =>
              u.changedAt && u.changedBy ? (
                <>
                  {a.changed(formatDateTime(u.changedAt))} <ActorName actor={u.changedBy} systemLabel="" />
                </>
              ) : (
                <span className="muted">{a.neverChanged}</span>
              ),
          },
        ]}
        editHeader={a.colActions}
        editLabel={(u) => a.edit(u.fullName)}
        onEdit={setEditing}
        editRef={(u) => buttonOf(u.username)}
      />
    </>
  );
}
