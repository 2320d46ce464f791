import { useParams } from 'react-router';
import type { RotationPage as RotationPageView } from '../api/rotation-types';
import { rotationIdFrom } from '../app/rotation-paths';
import { AppointmentTimeline } from '../appointments/appointment-timeline';
import { DocumentsSection } from '../documents/documents-section';
import { TaskList } from '../appointments/task-list';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useLiveProcedure } from '../shared/use-live-procedure';
import { answerPatch } from '../shared/task-answer';
import { ErrorMessage } from '../ui/errors';
import { ActionSide } from '../ui/action-side';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { hasRotationActions, RotationActions } from './rotation-actions';
import { RotationEligibilitySection } from './rotation-eligibility-section';
import { DossierChecklistSection } from '../dossiers/dossier-section';
import { actsOn, mayAddDossierDocuments } from '../dossiers/dossier-tasks';
import { RotationEvaluationsSection } from './rotation-evaluations-section';
import { RotationSummary } from './rotation-summary';

/** /rotations/:cadreId/:n — one rotation: header, conditions, tasks, evaluations, timeline; kept live. */
export function RotationPage() {
  const { cadreId = '', n = '' } = useParams();
  const id = rotationIdFrom(cadreId, n);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const p = t.rotation.page;
  const { users } = useUserDirectory();
  const { current, error, notFound, checkedAt, refreshNow, feedback, done } =
    useLiveProcedure<RotationPageView>(
      id,
      api.rotation,
      // A rotation lives for years: it is worth watching while it is considered and while it runs.
      (c) => c.state === 'in_progress' || c.state === 'rotating',
    );
  const hasSide = current !== null && (hasRotationActions(current, user) || feedback !== null);
  const name = current ? (current.cadreName ?? current.cadreId) : '';

  return (
    <>
      <PageHeading title={current ? `${p.title} · ${name}` : p.title}>
        {p.title}
        {current && (
          <>
            {': '}
            <span className="heading-name">{name}</span>
          </>
        )}
      </PageHeading>
      {notFound && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{p.notFound}</p>
          <p>{p.notRecordedYet}</p>
          <button type="button" className="button button-secondary" onClick={() => void refreshNow()}>
            {t.errors.retry}
          </button>
        </div>
      )}
      {error !== null && !notFound && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!current && error === null && <Loading />}
      {current && (
        <div className={hasSide ? 'detail-grid' : 'detail-grid detail-single'}>
          <div className="detail-main">
            <RotationSummary rotation={current} />
            <RotationEligibilitySection rotation={current} />
            <DossierChecklistSection
              workflowId={current.id}
              dossier={current.dossier}
              names={{ [current.cadreId]: current.cadreName }}
              mayAdd={current.state === 'in_progress' && mayAddDossierDocuments(user.roles)}
              mayGrant={current.stage === 'awaiting_dossier' && actsOn(current.tasks, 'dossier-exception')}
              onDone={done}
            />
            <TaskList tasks={current.tasks} now={checkedAt} />
            <RotationEvaluationsSection evaluations={current.evaluations} />
            <DocumentsSection workflowId={current.id} refreshKey={current.timeline.length} />
            <AppointmentTimeline entries={current.timeline} />
          </div>
          {hasSide && (
            <ActionSide feedback={feedback}>
              <RotationActions
                rotation={current}
                users={users ?? []}
                onDone={(message, answer) => done(message, answerPatch(answer))}
              />
            </ActionSide>
          )}
        </div>
      )}
    </>
  );
}
