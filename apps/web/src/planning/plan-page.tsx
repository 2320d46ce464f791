import { Link, useParams } from 'react-router';
import type { PlanView } from '../api/plan-types';
import { planIdFrom } from '../app/plan-paths';
import { AppointmentTimeline } from '../appointments/appointment-timeline';
import { DocumentsSection } from '../documents/documents-section';
import { TaskList } from '../appointments/task-list';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useLiveProcedure } from '../shared/use-live-procedure';
import { ActionSide } from '../ui/action-side';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { PlanActions } from './plan-actions';
import { PlanBoard, type BoardCommands } from './plan-board';
import { hasPlanActions, mayCompose } from './plan-permissions';
import { PlanReviewSection } from './plan-review-section';
import { PlanStructure } from './plan-structure';
import { PlanSummary } from './plan-summary';

/**
 * /plans/:unitCode/:term — the planning board of a unit and term: the header, the structure figures, the
 * posts × people table (editable by HR while drawing up or reviewing), the yearly review's proposals, the
 * tasks and the timeline; the side column offers the submission, the approval, the conferences. Live.
 */
export function PlanPage() {
  const { unitCode = '', term = '' } = useParams();
  const id = planIdFrom(unitCode, term);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const p = t.plan.page;
  const { users } = useUserDirectory();
  const { current, error, notFound, checkedAt, refreshNow, feedback, done } = useLiveProcedure<PlanView>(
    id,
    api.plan,
    // A plan lives for its whole term: watch it while something may happen to it.
    (c) => c.stage !== 'closed',
  );
  const hasSide = current !== null && (hasPlanActions(current, user.username) || feedback !== null);
  const name = current ? p.heading(current.unitName ?? current.unitCode, current.term) : '';
  const commands: BoardCommands = {
    searchCadres: api.searchCadres,
    check: api.checkPlanCandidate,
    add: api.addPlanCandidate,
    remove: api.removePlanCandidate,
  };
  const compose = current !== null && mayCompose(current);

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
      <p>
        <Link to="/plans">← {p.back}</Link>
      </p>
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
            <PlanSummary plan={current} users={users} />
            <PlanStructure structure={current.structure} />
            {current.stage === 'review' && (
              <PlanReviewSection
                plan={current}
                compose={compose}
                remove={api.removePlanCandidate}
                onDone={done}
              />
            )}
            <PlanBoard plan={current} compose={compose} commands={commands} onDone={done} />
            <TaskList tasks={current.tasks} now={checkedAt} />
            <DocumentsSection workflowId={current.id} refreshKey={current.timeline.length} />
            <AppointmentTimeline entries={current.timeline} />
          </div>
          {hasSide && (
            <ActionSide feedback={feedback}>
              <PlanActions plan={current} users={users ?? []} onDone={done} />
            </ActionSide>
          )}
        </div>
      )}
    </>
  );
}
