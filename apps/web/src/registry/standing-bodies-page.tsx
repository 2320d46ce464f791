import { useCallback, useEffect, useState } from 'react';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useUnits } from '../training/unit-choice';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { useReturnFocus } from '../ui/return-focus';
import { Loading } from '../ui/widgets';
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
  const [bodies, setBodies] = useState<StandingBodyView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<StandingBodyView | 'new' | null>(null);
  const [reload, setReload] = useState(0);
  const { buttonOf, returnTo } = useReturnFocus(bodies);

  useEffect(() => {
    const controller = new AbortController();
    api.standingBodies({}, controller.signal).then(
      (list) => {
        setBodies(list);
        setError(null);
      },
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      },
    );
    return () => controller.abort();
  }, [api, reload]);

  return (
    <>
      <PageHeading title={b.title}>{b.title}</PageHeading>
      <p className="muted">{b.intro}</p>
      {error !== null && <ErrorMessage error={error} onRetry={() => setReload((n) => n + 1)} />}
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
            setReload((n) => n + 1);
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
      {bodies === null && error === null && <Loading />}
      {bodies !== null && bodies.length === 0 && <p className="muted">{b.empty}</p>}
      {bodies !== null && bodies.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" data-testid="standing-bodies" aria-label={b.title}>
            <thead>
              <tr>
                <th scope="col">{b.colName}</th>
                <th scope="col">{b.colUnit}</th>
                <th scope="col">{b.colKind}</th>
                <th scope="col">{b.colMembers}</th>
                <th scope="col">{b.colState}</th>
                <th scope="col">
                  <span className="visually-hidden">{b.editTitle}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((body) => (
                <tr key={body.id}>
                  <td data-label={b.colName}>{body.name}</td>
                  <td data-label={b.colUnit}>{body.unitName}</td>
                  <td data-label={b.colKind}>{b.kinds[body.kind]}</td>
                  <td data-label={b.colMembers}>{b.memberCount(body.members.length)}</td>
                  <td data-label={b.colState}>{body.active ? b.active : b.retired}</td>
                  <td data-label={b.editTitle}>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      ref={buttonOf(body.id)}
                      onClick={() => setEditing(body)}
                    >
                      {b.edit(body.name)}
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
