import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TaskView, UserDirectoryEntry } from '../api/appointment-types';
import type { PlanView } from '../api/plan-types';
import { conferenceIndexOfTask, conferencePath } from '../app/procedure-paths';
import { DelegateDetails } from '../appointments/delegate-form';
import { ReasonForm } from '../appointments/reason-form';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { PlanDecisionForm } from './plan-decision-form';
import { composeTask, conferenceTasks, decisionTask, mayWithdrawPlan } from './plan-permissions';
import { SubmitPlanForm } from './submit-plan-form';
import { Disclosure } from '../ui/disclosure';

/**
 * The side column of a plan: submit the pool (HR, through the open revision task), the signer's decision,
 * the secretary's link to a conference screen, delegation where the task allows it, the withdrawal.
 */
export function PlanActions({
  plan,
  users,
  onDone,
}: {
  plan: PlanView;
  users: readonly UserDirectoryEntry[];
  onDone(message: string): void;
}) {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const compose = composeTask(plan);
  const decision = decisionTask(plan);
  const delegate = (task: TaskView) =>
    task.actions.includes('delegate') ? (
      <DelegateDetails
        appointmentId={plan.id}
        taskKey={task.taskKey}
        users={users}
        me={user.username}
        delegate={api.delegateTask}
        onDone={onDone}
      />
    ) : null;
  const card = (task: TaskView, body: ReactNode) => (
    <section
      className="card"
      key={task.taskKey}
      id={`task-${task.taskKey}`}
      data-testid={`task-${task.taskKey}`}
    >
      {body}
      {delegate(task)}
    </section>
  );

  return (
    <>
      {compose && card(compose, <SubmitPlanForm plan={plan} submit={api.submitPlan} onDone={onDone} />)}
      {decision &&
        card(
          decision,
          <PlanDecisionForm
            planId={plan.id}
            review={plan.stage === 'review_approval'}
            decide={api.decidePlan}
            onDone={onDone}
          />,
        )}
      {conferenceTasks(plan).map((task) => {
        const index = conferenceIndexOfTask(task);
        return index === null
          ? null
          : card(
              task,
              <>
                <p>{task.label}</p>
                <Link className="button button-primary" to={conferencePath(plan.id, index)}>
                  {t.plan.conference.open}
                </Link>
              </>,
            );
      })}
      {mayWithdrawPlan(plan, user.username) && (
        <section className="card">
          <Disclosure className="more" summary={t.plan.withdraw.title}>
            <ReasonForm
              title={t.plan.withdraw.title}
              label={t.proc.withdraw.reason}
              submitLabel={t.proc.withdraw.submit}
              requiredText={t.proc.withdraw.required}
              doneText={t.plan.withdraw.done}
              buttonClass="button-reject"
              submit={(reason) => api.withdrawPlan(plan.id, { reason })}
              onDone={onDone}
            />
          </Disclosure>
        </section>
      )}
    </>
  );
}
