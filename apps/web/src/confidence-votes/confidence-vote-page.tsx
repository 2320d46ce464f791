import { useParams } from 'react-router';
import type { ConfidenceVotePage as Page } from '../api/confidence-types';
import { AppointmentTimeline } from '../appointments/appointment-timeline';
import { DocumentsSection } from '../documents/documents-section';
import { TaskList } from '../appointments/task-list';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { answerPatch } from '../shared/task-answer';
import { useLiveProcedure } from '../shared/use-live-procedure';
import { ActionSide } from '../ui/action-side';
import { MIN_REASON, ReasonCommandForm } from '../ui/reason-command-form';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading, Section } from '../ui/widgets';
import { ConfidenceConference } from './confidence-conference';
import { confidenceVoteIdFrom } from './confidence-paths';
import { ConfidenceResultsTable } from './confidence-results-table';
import { DismissalDecisionForm } from './dismissal-decision-form';

/** Minimum reason of a withdrawal, as the workflow checks it (the kit's MIN_EXCEPTION_REASON). */

/** /confidence-votes/:unit/:year/:n — one confidence vote: holders, conference, results, dismissals; live. */
export function ConfidenceVotePage() {
  const { unit = '', year = '', n = '' } = useParams();
  const id = confidenceVoteIdFrom(unit, year, n);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const c = t.confidence;
  const reasoned = (title: string) => ({
    title,
    reason: c.actions.reason,
    reasonNeeded: c.actions.reasonNeeded,
    done: c.actions.done,
  });
  const { users } = useUserDirectory();
  const userName = (u: string) => users?.find((x) => x.username === u)?.fullName ?? u;
  const { current, error, notFound, checkedAt, refreshNow, feedback, done } = useLiveProcedure<Page>(
    id,
    api.confidenceVote,
    (v) => v.state === 'in_progress',
  );
  const holderName = (cadreId: string) =>
    current?.holders.find((h) => h.cadreId === cadreId)?.cadreName ?? cadreId;
  const dismissalTasks =
    current?.tasks.filter((t) => t.kind === 'dismissal_proposal' && t.actions.length > 0) ?? [];
  const reconvene = current?.tasks.find((t) => t.kind === 'reconvene' && t.status === 'open');
  const mayReconvene = reconvene !== undefined && reconvene.assigneeIds.includes(user.username);
  const mayWithdraw =
    current !== null &&
    current.state === 'in_progress' &&
    current.proposedBy === user.username &&
    current.votedOn === null;
  const hasSide = dismissalTasks.length > 0 || mayReconvene || mayWithdraw || feedback !== null;

  return (
    <>
      <PageHeading
        title={current ? `${c.page.title} · ${current.unitName ?? current.unitCode}` : c.page.title}
      >
        {c.page.title}
        {current && (
          <>
            {': '}
            <span className="heading-name">
              {current.unitName ?? current.unitCode} · {current.year}
            </span>
          </>
        )}
      </PageHeading>
      {notFound && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{c.page.notFound}</p>
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
            <p>
              <span className="tag">{c.states[current.state]}</span> {c.stages[current.stage]}
            </p>
            <Section title={c.page.holders} id="confidence-holders">
              <ul className="plain-list">
                {current.holders.map((h) => (
                  <li key={h.cadreId}>
                    {h.cadreName ?? h.cadreId} — {h.postTitle ?? h.postId}
                  </li>
                ))}
              </ul>
            </Section>
            <ConfidenceConference vote={current} userName={userName} userId={user.username} onDone={done} />
            <ConfidenceResultsTable results={current.results} sheetSha256={current.sheetSha256} />
            {current.dismissals.length > 0 && (
              <Section title={c.page.dismissals} id="confidence-dismissals">
                <ul className="plain-list">
                  {current.dismissals.map((d) => (
                    <li key={d.cadreId}>
                      {holderName(d.cadreId)}:{' '}
                      {d.accepted === null ? c.page.pending : d.accepted ? c.page.accepted : c.page.rejected}
                      {d.reason ? ` — ${d.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <TaskList tasks={current.tasks} now={checkedAt} />
            <DocumentsSection workflowId={current.id} refreshKey={current.timeline.length} />
            <AppointmentTimeline entries={current.timeline} />
          </div>
          {hasSide && (
            <ActionSide feedback={feedback}>
              {dismissalTasks.map((task) => (
                <DismissalDecisionForm
                  key={task.taskKey}
                  voteId={current.id}
                  task={task}
                  holderName={holderName(task.taskKey.replace(/^dismissal-/, ''))}
                  decide={api.decideTask}
                  onDone={(message, answer) => done(message, answerPatch(answer))}
                />
              ))}
              {mayReconvene && (
                <ReasonCommandForm
                  words={reasoned(c.actions.reconvene)}
                  send={(reason) => api.reconveneConfidenceVote(current.id, reason)}
                  onDone={done}
                />
              )}
              {mayWithdraw && (
                <ReasonCommandForm
                  words={reasoned(c.actions.withdraw)}
                  minLength={MIN_REASON}
                  send={(reason) => api.withdrawConfidenceVote(current.id, reason)}
                  onDone={done}
                />
              )}
            </ActionSide>
          )}
        </div>
      )}
    </>
  );
}
