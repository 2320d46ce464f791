import { useCallback, useState } from 'react';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useUnits } from '../training/unit-choice';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { RegistryList } from '../ui/registry-list';
import { useReturnFocus } from '../ui/return-focus';
import { useRegistryRows } from '../ui/use-registry-rows';
import { StandingBodyForm } from './standing-body-form';

/** /registry/standing-bodies (HR, admin): the standing bodies of one's scope, added and edited. */
export function StandingBodiesPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const b = t.bodies;
  const announce = useAnnounce();
  const { users } = useUserDirectory();
  const loadUnits = useCallback(
    (signal: AbortSignal) => api.units({ limit: 100, active: true }, signal),
    [api],
  );
  const units = useUnits(loadUnits);
  const [editing, setEditing] = useState<StandingBodyView | 'new' | null>(null);
  const load = useCallback((signal: AbortSignal) => api.standingBodies({}, signal), [api]);
  const { rows: bodies, error, reload } = useRegistryRows(load);
  const { buttonOf, returnTo } = useReturnFocus(bodies);

  return (
    <>
      <PageHeading title={b.title}>{b.title}</PageHeading>
      <p className="muted">{b.intro}</p>
      {error !== null && <ErrorMessage error={error} onRetry={reload} />}
      {editing !== null && units !== null && users !== null ? (
        <StandingBodyForm
          key={editing === 'new' ? 'new' : editing.id}
          body={editing === 'new' ? null : editing}
          units={units}
          users={users}
          onSaved={(saved) => {
            announce(b.saved(saved.name));
            setEditing(null);
            returnTo(saved.id);
            reload();
          }}
          onCancel={() => {
            if (editing !== 'new') returnTo(editing.id);
            setEditing(null);
          }}
        />
      ) : (
        <p>
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {b.create}
          </button>
        </p>
      )}
      <RegistryList
        rows={bodies}
        error={error}
        empty={b.empty}
        testId="standing-bodies"
        label={b.title}
        rowKey={(body) => body.id}
        columns={[
          { header: b.colName, cell: (body) => body.name },
          { header: b.colUnit, cell: (body) => body.unitName },
          { header: b.colKind, cell: (body) => b.kinds[body.kind] },
          { header: b.colMembers, cell: (body) => b.memberCount(body.members.length) },
          { header: b.colState, cell: (body) => (body.active ? b.active : b.retired) },
        ]}
        editHeader={b.editTitle}
        editLabel={(body) => b.edit(body.name)}
        onEdit={setEditing}
        editRef={(body) => buttonOf(body.id)}
      />
    </>
  );
}
