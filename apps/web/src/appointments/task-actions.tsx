import { isDossierTask } from '../dossiers/dossier-tasks';
import { useState } from 'react';
import { Link } from 'react-router';
import type {
  AppointmentDetail,
  StoredDocument,
  TaskCommandAnswer,
  TaskView,
  UserDirectoryEntry,
} from '../api/appointment-types';
import { conferenceIndexOf, conferencePath } from '../app/procedure-paths';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { DelegateDetails } from './delegate-form';
import { userLabel } from './user-directory';
import { DocumentUpload } from './document-upload';
import { ReasonForm } from './reason-form';
import { ReconveneForm } from './reconvene-form';
import { mayUploadDocuments, SelfAssessmentForm, selfAssessmentTaskFor } from './self-assessment-form';
import { SignDecisionForm } from './sign-decision-form';
import { TaskDecisionForm } from './task-decision-form';
import { Disclosure } from '../ui/disclosure';

/** libs/contracts GrantExceptionCommand: at least 20 characters. */
export const EXCEPTION_MIN_REASON = 20;

/**
 * The tasks the signed-in user may act on now: those whose `actions` (the API's task rule) are not empty.
 * The panel computes nothing about who may act; it shows a form for each action a task answers.
 */
export function actionableTasks(detail: Pick<AppointmentDetail, 'tasks'>): TaskView[] {
  return detail.tasks.filter((task) => task.actions.length > 0 && !isDossierTask(task));
}

export function mayGrantException(
  detail: Pick<AppointmentDetail, 'stage' | 'state'>,
  roles: readonly string[],
): boolean {
  return (
    detail.state === 'in_progress' &&
    detail.stage === 'awaiting_exception' &&
    (roles.includes('leader') || roles.includes('admin'))
  );
}

/** The side column of a procedure: one form per task the user has, the exception, the withdrawal. */
export function TaskActions({
  detail,
  users,
  onDone,
}: {
  detail: AppointmentDetail;
  users: readonly UserDirectoryEntry[];
  /** A command succeeded; a task command gives its answer too (the tasks it changed). */
  onDone(message: string, answer?: TaskCommandAnswer): void;
}) {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const [extra, setExtra] = useState<StoredDocument[]>([]);
  const tasks = actionableTasks(detail);
  const returned = [...detail.tasks].reverse().find((task) => task.outcome === 'return');
  const mayWithdraw = detail.state === 'in_progress' && detail.proposedBy === user.username;
  const selfAssessment = selfAssessmentTaskFor(detail, user);

  return (
    <>
      {tasks.map((task) => {
        switch (task.kind) {
          case 'sign_off':
            return (
              <section className="card" key={task.taskKey} data-testid={`task-${task.taskKey}`}>
                <TaskDecisionForm
                  appointmentId={detail.id}
                  task={task}
                  claim={api.claimTask}
                  unclaim={api.unclaimTask}
                  decide={api.decideTask}
                  onDone={onDone}
                />
                {task.actions.includes('delegate') && (
                  <DelegateDetails
                    appointmentId={detail.id}
                    taskKey={task.taskKey}
                    users={users}
                    me={user.username}
                    delegate={api.delegateTask}
                    onDone={onDone}
                  />
                )}
              </section>
            );
          case 'decision':
            return (
              <section className="card" key={task.taskKey}>
                <SignDecisionForm appointmentId={detail.id} issue={api.issueDecision} onDone={onDone} />
              </section>
            );
          case 'revision':
            return (
              <section className="card" key={task.taskKey}>
                <ReasonForm
                  title={t.proc.resubmit.title}
                  intro={
                    returned?.outcome === 'return' ? (
                      <p>
                        {t.proc.resubmit.returned(
                          userLabel(users, returned.completedBy ?? returned.claimedBy ?? '') ||
                            returned.assigneeIds.map((id) => userLabel(users, id)).join(', '),
                          returned.comment ?? '',
                        )}
                      </p>
                    ) : undefined
                  }
                  label={t.proc.resubmit.comment}
                  submitLabel={t.proc.resubmit.submit}
                  requiredText={t.proc.resubmit.required}
                  doneText={t.proc.actions.done.resubmit}
                  submit={(comment) =>
                    api.resubmit(detail.id, {
                      comment,
                      ...(extra.length ? { documentIds: extra.map((d) => d.id) } : {}),
                    })
                  }
                  onDone={(message) => {
                    setExtra([]);
                    onDone(message);
                  }}
                >
                  <fieldset>
                    <legend>{t.proc.start.documents}</legend>
                    <DocumentUpload
                      documents={extra}
                      onChange={setExtra}
                      upload={api.uploadDocument}
                      uploadDossier={api.uploadDossierDocument}
                      cadres={detail.candidateIds.map((c, i) => ({
                        id: c,
                        name: detail.candidateNames[i] ?? c,
                      }))}
                    />
                  </fieldset>
                </ReasonForm>
              </section>
            );
          case 'conference': {
            const index = conferenceIndexOf(task.taskKey);
            return index !== null ? (
              <section className="card" key={task.taskKey}>
                <p>{task.label}</p>
                <Link className="button button-primary" to={conferencePath(detail.id, index)}>
                  {t.proc.steps.openConference}
                </Link>
              </section>
            ) : null;
          }
          case 'reconvene':
            return (
              <section className="card" key={task.taskKey} data-testid={`task-${task.taskKey}`}>
                <ReconveneForm
                  appointmentId={detail.id}
                  taskKey={task.taskKey}
                  steps={detail.status?.steps ?? []}
                  reconvene={api.reconvene}
                  onDone={onDone}
                />
              </section>
            );
          default:
            return null;
        }
      })}
      {selfAssessment && (
        <section className="card" key={selfAssessment.taskKey} data-testid={`task-${selfAssessment.taskKey}`}>
          <SelfAssessmentForm
            appointmentId={detail.id}
            term={detail.status?.term ?? null}
            submit={api.submitSelfAssessment}
            upload={mayUploadDocuments(user.roles) ? api.uploadDocument : undefined}
            onDone={onDone}
          />
        </section>
      )}
      {mayGrantException(detail, user.roles) && (
        <section className="card">
          <ReasonForm
            title={t.proc.exception.title}
            intro={<p>{t.proc.exception.intro}</p>}
            label={t.proc.exception.reason}
            submitLabel={t.proc.exception.submit}
            minLength={EXCEPTION_MIN_REASON}
            requiredText={t.proc.withdraw.required}
            doneText={t.proc.actions.done.exception}
            submit={(reason) => api.grantException(detail.id, reason)}
            onDone={onDone}
          />
        </section>
      )}
      {mayWithdraw && (
        <section className="card">
          <Disclosure className="more" summary={t.proc.withdraw.title}>
            <ReasonForm
              title={t.proc.withdraw.title}
              label={t.proc.withdraw.reason}
              submitLabel={t.proc.withdraw.submit}
              requiredText={t.proc.withdraw.required}
              doneText={t.proc.actions.done.withdraw}
              buttonClass="button-reject"
              submit={(reason) => api.withdrawAppointment(detail.id, reason)}
              onDone={onDone}
            />
          </Disclosure>
        </section>
      )}
    </>
  );
}
