import { isDossierTask } from '../dossiers/dossier-tasks';
import { Link } from 'react-router';
import type { TaskCommandAnswer, TaskView, UserDirectoryEntry } from '../api/appointment-types';
import type { RotationPage } from '../api/rotation-types';
import { conferenceIndexOf, conferencePath } from '../app/procedure-paths';
import { DelegateDetails } from '../appointments/delegate-form';
import { ReasonForm } from '../appointments/reason-form';
import { SignDecisionForm } from '../appointments/sign-decision-form';
import { EXCEPTION_MIN_REASON } from '../appointments/task-actions';
import { TaskDecisionForm } from '../appointments/task-decision-form';
import { useAuth, useUser } from '../auth/auth';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { EndDecisionForm } from './end-decision-form';
import { EvaluationForm } from './evaluation-form';
import { HandOverForm } from './hand-over-form';
import { postAndUnit } from './rotation-summary';
import { evaluationYearOf } from './rotation-task-keys';
import { Disclosure } from '../ui/disclosure';

/** Tasks whose `actions` (the API's task rule) are not empty: the only ones the panel offers a form for. */
export function actionableRotationTasks(rotation: Pick<RotationPage, 'tasks'>): TaskView[] {
  return rotation.tasks.filter((task) => task.actions.length > 0 && !isDossierTask(task));
}

/** An early end, any time on rotation: a leader, or whoever signed the decision. */
export function mayEndEarly(
  rotation: Pick<RotationPage, 'state' | 'decision'>,
  user: { username: string; roles: readonly string[] },
): boolean {
  return (
    rotation.state === 'rotating' &&
    (user.roles.includes('leader') ||
      user.roles.includes('admin') ||
      rotation.decision?.signerId === user.username)
  );
}

export function mayWithdrawRotation(rotation: Pick<RotationPage, 'state' | 'proposedBy'>, username: string) {
  return rotation.state === 'in_progress' && rotation.proposedBy === username;
}

export function hasRotationActions(
  rotation: RotationPage,
  user: { username: string; roles: readonly string[] },
): boolean {
  return (
    actionableRotationTasks(rotation).length > 0 ||
    mayEndEarly(rotation, user) ||
    mayWithdrawRotation(rotation, user.username)
  );
}

/** The side column of a rotation: one form per task the user may act on, the early end, the withdrawal. */
export function RotationActions({
  rotation,
  users,
  onDone,
}: {
  rotation: RotationPage;
  users: readonly UserDirectoryEntry[];
  /** A command succeeded; a task command gives its answer too (the tasks it changed). */
  onDone(message: string, answer?: TaskCommandAnswer): void;
}) {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const r = t.rotation;
  const former = {
    code: rotation.fromPostId,
    label: postAndUnit(
      rotation.fromPostTitle,
      rotation.fromPostId,
      rotation.fromUnitName,
      rotation.fromUnitCode,
    ),
  };

  const form = (task: TaskView) => {
    const acts = task.actions.includes('act');
    switch (task.kind) {
      case 'sign_off':
        return (
          <TaskDecisionForm
            appointmentId={rotation.id}
            task={task}
            claim={api.claimTask}
            unclaim={api.unclaimTask}
            decide={api.decideTask}
            onDone={onDone}
          />
        );
      case 'decision':
        return acts ? (
          <SignDecisionForm
            appointmentId={rotation.id}
            title={r.decision.title}
            issue={api.issueRotationDecision}
            onDone={onDone}
          />
        ) : null;
      case 'exception':
        return acts ? (
          <ReasonForm
            title={r.exception.title}
            intro={<p>{r.exception.intro}</p>}
            label={t.proc.exception.reason}
            submitLabel={t.proc.exception.submit}
            minLength={EXCEPTION_MIN_REASON}
            requiredText={t.proc.withdraw.required}
            doneText={r.exception.done}
            submit={(reason) => api.grantRotationException(rotation.id, { reason })}
            onDone={onDone}
          />
        ) : null;
      case 'revision':
        return acts ? (
          <ReasonForm
            title={r.resubmit.title}
            label={t.proc.resubmit.comment}
            submitLabel={t.proc.resubmit.submit}
            requiredText={t.proc.resubmit.required}
            doneText={r.resubmit.done}
            submit={(comment) => api.resubmitRotation(rotation.id, { comment })}
            onDone={onDone}
          />
        ) : null;
      case 'hand_over':
        return acts ? (
          <HandOverForm
            rotationId={rotation.id}
            cadreName={rotation.cadreName ?? rotation.cadreId}
            unitName={rotation.toUnitName ?? rotation.toUnitCode}
            submit={api.confirmHandOver}
            onDone={onDone}
          />
        ) : null;
      case 'evaluation': {
        const year = evaluationYearOf(task.taskKey);
        return acts && year !== null ? (
          <EvaluationForm
            rotationId={rotation.id}
            year={year}
            submit={api.evaluateRotation}
            onDone={onDone}
          />
        ) : null;
      }
      case 'end_of_term':
        return acts ? (
          <EndDecisionForm
            mode="end_of_term"
            rotationId={rotation.id}
            lastDay={formatDate(rotation.lastDay)}
            former={former}
            searchPosts={api.searchPosts}
            submit={api.decideRotationEnd}
            onDone={onDone}
          />
        ) : null;
      case 'conference': {
        const index = conferenceIndexOf(task.taskKey);
        return index !== null ? (
          <>
            <p>{task.label}</p>
            <Link className="button button-primary" to={conferencePath(rotation.id, index)}>
              {t.proc.steps.openConference}
            </Link>
          </>
        ) : null;
      }
      default:
        return null;
    }
  };

  return (
    <>
      {actionableRotationTasks(rotation).map((task) => (
        <section
          className="card"
          key={task.taskKey}
          id={`task-${task.taskKey}`}
          data-testid={`task-${task.taskKey}`}
        >
          {form(task)}
          {task.actions.includes('delegate') && (
            <DelegateDetails
              appointmentId={rotation.id}
              taskKey={task.taskKey}
              users={users}
              me={user.username}
              delegate={api.delegateTask}
              onDone={onDone}
            />
          )}
        </section>
      ))}
      {mayEndEarly(rotation, user) && (
        <section className="card">
          <Disclosure className="more" summary={r.earlyEnd.title}>
            <EndDecisionForm
              mode="early"
              rotationId={rotation.id}
              former={former}
              searchPosts={api.searchPosts}
              submit={api.endRotationEarly}
              onDone={onDone}
            />
          </Disclosure>
        </section>
      )}
      {mayWithdrawRotation(rotation, user.username) && (
        <section className="card">
          <Disclosure className="more" summary={t.proc.withdraw.title}>
            <ReasonForm
              title={t.proc.withdraw.title}
              label={t.proc.withdraw.reason}
              submitLabel={t.proc.withdraw.submit}
              requiredText={t.proc.withdraw.required}
              doneText={r.withdraw.done}
              buttonClass="button-reject"
              submit={(reason) => api.withdrawRotation(rotation.id, { reason })}
              onDone={onDone}
            />
          </Disclosure>
        </section>
      )}
    </>
  );
}
