import { useState } from 'react';
import { Link } from 'react-router';
import type { RotationView } from '../api/rotation-types';
import { rotationPath } from '../app/rotation-paths';
import { useAuth, useUser } from '../auth/auth';
import { useActiveStandingBodies } from '../appointments/use-standing-bodies';
import { useUserDirectory } from '../appointments/user-directory';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { PageHeading } from '../ui/page-heading';
import { RotationProposalForm } from './rotation-proposal-form';

/** /rotations/new: HR proposes a rotation, then opens the procedure it started. */
export function StartRotationPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const r = t.rotation.start;
  const announce = useAnnounce();
  const { users, error: usersError } = useUserDirectory();
  const standingBodies = useActiveStandingBodies();
  const [started, setStarted] = useState<RotationView | null>(null);
  return (
    <>
      <PageHeading title={r.title}>{r.title}</PageHeading>
      {usersError !== null && <p className="notice notice-warning">{t.proc.users.failed}</p>}
      {started ? (
        <div className="notice notice-success" data-testid="rotation-started">
          <p className="notice-title">{r.started(started.cadreName ?? started.cadreId)}</p>
          <Link to={rotationPath(started.id)}>{r.open}</Link>
        </div>
      ) : (
        <RotationProposalForm
          users={users ?? []}
          standingBodies={standingBodies}
          proposer={user.username}
          searchCadres={api.searchCadres}
          searchPosts={api.searchPosts}
          start={api.startRotation}
          onStarted={(rotation) => {
            setStarted(rotation);
            announce(r.started(rotation.cadreName ?? rotation.cadreId));
          }}
        />
      )}
    </>
  );
}
