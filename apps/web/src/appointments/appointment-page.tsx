import { Link, useParams } from 'react-router';
import type { AppointmentDetail } from '../api/appointment-types';
import { cadrePath } from '../app/config';
import { appointmentIdFrom } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useLiveProcedure } from '../shared/use-live-procedure';
import { answerPatch } from '../shared/task-answer';
import { ErrorMessage } from '../ui/errors';
import { ActionSide } from '../ui/action-side';
import { PageHeading } from '../ui/page-heading';
import { AppointmentStateBadge, StageLabel, TemporalLink } from '../ui/procedure-widgets';
import { Loading } from '../ui/widgets';
import { AppointmentTimeline } from './appointment-timeline';
import { DocumentsSection } from '../documents/documents-section';
import { BodiesSection, mayChangeBodies } from './bodies-section';
import { DossierSection } from './dossier-section';
import { DossierChecklistSection } from '../dossiers/dossier-section';
import { actsOn, mayAddDossierDocuments } from '../dossiers/dossier-tasks';
import { EligibilitySection } from './eligibility-section';
import { StepsSection } from './steps-section';
import { actionableTasks, mayGrantException, TaskActions } from './task-actions';
import { TaskList } from './task-list';
import { userLabel, useUserDirectory } from './user-directory';

/** One appointment procedure: summary, actions, dossier, eligibility, steps, tasks, timeline; kept live. */
export function AppointmentPage() {
  const { postId = '', n = '' } = useParams();
  const id = appointmentIdFrom(postId, n);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const { users } = useUserDirectory();
  const { current, error, notFound, checkedAt, refreshNow, feedback, done } =
    useLiveProcedure<AppointmentDetail>(
      id,
      api.appointment,
      (c) => c.state === 'in_progress' || c.state === 'appointed',
    );
  const names: Record<string, string | null> = {};
  current?.candidateIds.forEach((c, i) => (names[c] = current.candidateNames[i] ?? null));
  const hasSide =
    current !== null &&
    (actionableTasks(current).length > 0 ||
      mayGrantException(current, user.roles) ||
      (current.state === 'in_progress' && current.proposedBy === user.username) ||
      feedback !== null);
  const title = current ? `${t.proc.page.title} · ${current.postTitle ?? current.postId}` : t.proc.page.title;

  return (
    <>
      <PageHeading title={title}>
        {t.proc.page.title}
        {current && (
          <>
            {': '}
            <span className="heading-name">{current.postTitle ?? current.postId}</span>
          </>
        )}
      </PageHeading>
      {notFound && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{t.proc.page.notFound}</p>
          <p>{t.proc.page.notRecordedYet}</p>
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
            <section className="card" aria-labelledby="summary-title">
              <div className="card-header">
                <h2 id="summary-title" className="visually-hidden">
                  {t.proc.page.title}
                </h2>
                <AppointmentStateBadge state={current.state} /> <StageLabel stage={current.stage} />
                {current.overdue && <span className="tag tag-fail">{t.proc.page.overdue}</span>}
                <TemporalLink workflowId={current.id} />
              </div>
              <dl className="facts">
                <div>
                  <dt>{t.proc.page.candidates}</dt>
                  <dd>
                    {current.candidateIds.map((c, i) => (
                      <span key={c}>
                        {i > 0 && ', '}
                        <Link to={cadrePath(c)}>{names[c] ?? c}</Link> <span className="code">{c}</span>
                      </span>
                    ))}
                  </dd>
                </div>
                <div>
                  <dt>{t.proc.page.post}</dt>
                  <dd>
                    {current.postTitle ?? current.postId} <span className="code">{current.postId}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t.proc.page.unit}</dt>
                  <dd>{current.unitName ?? current.unitCode}</dd>
                </div>
                <div>
                  <dt>{t.proc.page.source}</dt>
                  <dd>{t.proc.sources[current.source]}</dd>
                </div>
                <div>
                  <dt>{t.proc.page.legalBasis}</dt>
                  <dd>
                    <span className="code">{current.legalBasis}</span> · {t.proc.page.round} {current.round}
                  </dd>
                </div>
                <div>
                  <dt>{t.proc.page.proposedBy}</dt>
                  <dd>
                    {userLabel(users, current.proposedBy)} · {formatDateTime(current.proposedAt)}
                  </dd>
                </div>
                {current.procedureDueAt && (
                  <div>
                    <dt>{t.proc.page.dueAt}</dt>
                    <dd>{formatDate(current.procedureDueAt)}</dd>
                  </div>
                )}
                {current.decisionNumber && (
                  <div>
                    <dt>{t.proc.page.decision}</dt>
                    <dd data-testid="decision">
                      {t.proc.page.decisionText(current.decisionNumber, formatDate(current.effectiveDate))}
                      {current.termLastDay &&
                        ` · ${t.proc.page.termUntil} ${formatDate(current.termLastDay)}`}
                    </dd>
                  </div>
                )}
                {current.appointee && (
                  <div>
                    <dt>{current.decisionNumber ? t.proc.page.appointee : t.proc.page.selected}</dt>
                    <dd>{names[current.appointee] ?? current.appointee}</dd>
                  </div>
                )}
                <div>
                  <dt>{t.proc.page.id}</dt>
                  <dd>
                    <span className="code wrap">{current.id}</span>
                  </dd>
                </div>
              </dl>
              {current.status?.closedReason && (
                <p>
                  {t.proc.page.closedReason}: <q>{current.status.closedReason}</q>
                </p>
              )}
            </section>
            {!current.status && <p className="notice notice-warning">{t.proc.page.liveUnavailable}</p>}
            {current.status && (
              <DossierChecklistSection
                workflowId={current.id}
                dossier={current.status.dossier}
                names={names}
                mayAdd={current.state === 'in_progress' && mayAddDossierDocuments(user.roles)}
                mayGrant={current.stage === 'awaiting_dossier' && actsOn(current.tasks, 'dossier-exception')}
                onDone={done}
              />
            )}
            <DossierSection documents={current.status?.documents ?? []} />
            {current.status && <EligibilitySection status={current.status} names={names} />}
            {current.status && (
              <StepsSection appointmentId={current.id} status={current.status} names={names} />
            )}
            {current.status?.bodies && mayChangeBodies(current.state, user.roles) && (
              <BodiesSection
                appointmentId={current.id}
                bodies={current.status.bodies}
                users={users ?? []}
                changeBodies={api.changeBodies}
                onDone={done}
              />
            )}
            <TaskList tasks={current.tasks} now={checkedAt} />
            <DocumentsSection workflowId={current.id} refreshKey={current.timeline.length} />
            <AppointmentTimeline entries={current.timeline} />
          </div>
          {hasSide && (
            <ActionSide feedback={feedback}>
              <TaskActions
                detail={current}
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
