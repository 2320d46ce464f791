/**
 * Regenerates the committed histories in workflows/histories/ by running each scenario on a real dev
 * server (TEST_TEMPORAL_ADDRESS, or one started here). Run it only when a workflow change is meant to
 * break replay, and keep the old histories as long as such runs may still be open in production:
 *   node tools/run-ts.js workflows/test/record-histories.ts [--overwrite]
 */
import { vietnamDate } from '@personnel/domain';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  WorkflowContinuedAsNewError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import {
  claimTaskUpdate,
  commentTaskUpdate,
  delegateTaskUpdate,
  reassignTaskUpdate,
  decideTaskUpdate,
  unclaimTaskUpdate,
  issueDecisionUpdate,
  confirmHandOverUpdate,
  endRotationEarlyUpdate,
  evaluateRotationUpdate,
  issueRotationDecisionUpdate,
  resubmitRotationUpdate,
  withdrawRotationUpdate,
  reconveneUpdate,
  resubmitUpdate,
  withdrawAppointmentUpdate,
  headDecisionUpdate,
  recordAttendanceUpdate,
  submitTallyUpdate,
  addPlanCandidateUpdate,
  decidePlanUpdate,
  removePlanCandidateUpdate,
  submitPlanUpdate,
  withdrawPlanUpdate,
  completeTrainingClassUpdate,
  enrolTraineesUpdate,
  recordTrainingAttendanceUpdate,
  withdrawTraineeUpdate,
  reconveneConfidenceVoteUpdate,
  addDossierDocumentsUpdate,
  grantDossierExceptionUpdate,
  WorkflowTypes,
  type ConferenceInput,
  type DecidePlanCommand,
} from '@personnel/contracts';
import { freePort, startTemporalDevServer } from '@personnel/dev-runtime';
import {
  actor,
  appointmentInput,
  AppointmentRecorder,
  holdConference,
  MEMBERS,
  startAppointment,
  statusWhen,
} from './appointment-harness';
import { connectTestEnvironment, RecordingActivities, runWithWorker } from './harness';
import { completeDossier, NO_DOSSIER_PREFIX } from './dossier-fixtures';
import {
  HR,
  oneCadre,
  startTrainingClass,
  trainingInput,
  TrainingRecorder,
  trainingWhen,
  wholeUnit,
} from './training-harness';
import {
  attend,
  conferenceOf,
  ConfidenceRecorder,
  confidenceInput,
  confidenceWhen,
  holdConfidenceConference,
  KEY_CADRES,
  startConfidenceVote,
} from './confidence-harness';
import { holdPlanConference, planInput, PlanRecorder, planWhen, startPlan } from './plan-harness';
import { WebhookRecorder, webhookScenario } from './webhook-scenario';
import { NotificationRecorder, notificationScenario } from './notification-scenario';
import {
  holdConsultation,
  rotationInput,
  RotationRecorder,
  rotationWhen,
  startRotation,
} from './rotation-harness';

type Scenario = (env: TestWorkflowEnvironment, taskQueue: string) => Promise<WorkflowHandle>;

const TIE_MEMBERS = ['M1', 'M2', 'M3', 'M4'];

/** The tie scenarios' conference: four summoned, M1 records, M2 chairs, one candidate. */
function startTieConference(env: TestWorkflowEnvironment, taskQueue: string): Promise<WorkflowHandle> {
  const input: ConferenceInput = {
    kind: 'collective',
    legalBasis: 'ND138-2020',
    subject: 'nomination/CB-REPLAY/P/1',
    summoned: TIE_MEMBERS,
    candidates: ['CB-REPLAY'],
    secretaryId: 'M1',
    headId: 'M2',
    convenedAt: '2026-06-01T01:00:00.000Z',
    deadlineMs: 3_600_000,
  };
  return env.client.workflow.start(WorkflowTypes.conference, {
    taskQueue,
    workflowId: `conference/replay-${randomUUID().slice(0, 6)}`,
    args: [input],
  });
}

/** The secretary's tally of the tie conference: `votes` for the one candidate of four ballots. */
const tieTally = (votes: number) => ({
  actorId: 'M1',
  ballotsCast: 4,
  votes: [{ candidateId: 'CB-REPLAY', votes }],
  sheetSha256: 'ab'.repeat(32),
});

/** A collective vote at exactly 50 %, decided by the head: every kind of conference command. */
const conferenceTieScenario: Scenario = async (env, taskQueue) => {
  const handle = await startTieConference(env, taskQueue);
  await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: TIE_MEMBERS }] });
  await handle.executeUpdate(submitTallyUpdate, { args: [tieTally(2)] });
  await handle.executeUpdate(headDecisionUpdate, {
    args: [{ actorId: 'M2', candidateId: 'CB-REPLAY', approve: true }],
  });
  return handle;
};

/** Sends a command the conference must refuse: a refusal that went through would spoil the recording. */
async function mustRefuse(command: () => Promise<unknown>): Promise<void> {
  const accepted = await command().then(
    () => true,
    (error: unknown) => {
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
      return false;
    },
  );
  if (accepted) throw new Error('a command the scenario meant to be refused was accepted');
}

/**
 * The tie of `conferenceTieScenario`, each step after a command the conference refuses with its code
 * (`details: [code, params]`): a stranger's attendance, a tally before attendance, votes over the
 * ballots cast, the secretary deciding the tie.
 */
const conferenceRefusedScenario: Scenario = async (env, taskQueue) => {
  const handle = await startTieConference(env, taskQueue);
  await mustRefuse(() => handle.executeUpdate(submitTallyUpdate, { args: [tieTally(2)] }));
  await mustRefuse(() =>
    handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: ['M1', 'X9'] }] }),
  );
  await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: TIE_MEMBERS }] });
  await mustRefuse(() => handle.executeUpdate(submitTallyUpdate, { args: [tieTally(5)] }));
  await handle.executeUpdate(submitTallyUpdate, { args: [tieTally(2)] });
  await mustRefuse(() =>
    handle.executeUpdate(headDecisionUpdate, {
      args: [{ actorId: 'M1', candidateId: 'CB-REPLAY', approve: true }],
    }),
  );
  await handle.executeUpdate(headDecisionUpdate, {
    args: [{ actorId: 'M2', candidateId: 'CB-REPLAY', approve: true }],
  });
  return handle;
};

/**
 * An outside candidate through three conferences, a returned and resubmitted sign-off, and the decision:
 * the first run, which ends by continuing as new into the term (its history is the one recorded).
 */
const appointmentScenario =
  (end: 'decided' | 'withdrawn'): Scenario =>
  async (env, taskQueue) => {
    const input = appointmentInput({ candidateIds: [`CB-REPLAY-${randomUUID().slice(0, 6)}`] });
    const handle = await startAppointment(env, taskQueue, input);
    for (let i = 1; i <= 3; i++) await holdConference(env, handle, i, 5);
    await statusWhen(handle, (s) => s.stage === 'sign_off');
    const approve = (userId: string, taskKey: string) =>
      handle.executeUpdate(decideTaskUpdate, {
        args: [{ actor: actor(userId), taskKey, verdict: 'approve' }],
      });
    await approve('U-TCNV', 'r1-org-office');
    await handle.executeUpdate(decideTaskUpdate, {
      args: [{ actor: actor('U-PBT'), taskKey: 'r1-deputy', verdict: 'return', comment: 'Bổ sung hồ sơ' }],
    });
    await handle.executeUpdate(resubmitUpdate, {
      args: [{ actor: actor('U-HR', ['hr_officer']), comment: 'Đã bổ sung' }],
    });
    await approve('U-TCNV', 'r2-org-office');
    await approve('U-PBT', 'r2-deputy');
    if (end === 'withdrawn')
      await handle.executeUpdate(withdrawAppointmentUpdate, {
        args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Cán bộ xin rút' }],
      });
    else
      await handle.executeUpdate(issueDecisionUpdate, {
        args: [{ actor: actor('U-BT', ['leader']), number: '9/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
      });
    const firstRunId = handle.firstExecutionRunId;
    return env.client.workflow.getHandle(handle.workflowId, firstRunId, { followRuns: false });
  };

/** A first conference without its quorum, convened again by its secretary (after the reconvene patch). */
const reconvenedScenario: Scenario = async (env, taskQueue) => {
  const input = appointmentInput({
    candidateIds: [`CB-REPLAY-${randomUUID().slice(0, 6)}`],
    signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] }],
  });
  const handle = await startAppointment(env, taskQueue, input);
  await holdConference(env, handle, 1, 5, ['TV-1', 'TV-2', 'TV-3']);
  await statusWhen(handle, (s) => s.tasks.some((t) => t.kind === 'reconvene'));
  await handle.executeUpdate(reconveneUpdate, {
    args: [{ actor: actor('TV-1'), stepIndex: 1, reason: 'Chưa đủ số lượng' }],
  });
  await holdConference(env, handle, 1, 5, MEMBERS, 2);
  for (let i = 2; i <= 3; i++) await holdConference(env, handle, i, 5);
  await statusWhen(handle, (s) => s.stage === 'sign_off');
  await handle.executeUpdate(withdrawAppointmentUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Kết thúc kịch bản' }],
  });
  return handle;
};

/**
 * On the procedure kernel (`patched('procedure-kernel')`): a group sign-off claimed, then approved, and
 * the decision; it journals through recordProcedureStep and publishes the kit's search attributes.
 */
const kernelScenario: Scenario = async (env, taskQueue) => {
  const input = appointmentInput({
    candidateIds: [`CB-REPLAY-${randomUUID().slice(0, 6)}`],
    signOff: [{ key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] }],
  });
  const handle = await startAppointment(env, taskQueue, input);
  for (let i = 1; i <= 3; i++) await holdConference(env, handle, i, 5);
  await statusWhen(handle, (s) => s.stage === 'sign_off');
  await handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor('U-A'), taskKey: 'r1-standing' }] });
  await handle.executeUpdate(decideTaskUpdate, {
    args: [{ actor: actor('U-A'), taskKey: 'r1-standing', verdict: 'approve' }],
  });
  await handle.executeUpdate(issueDecisionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), number: '10/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
  });
  return env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, { followRuns: false });
};

/**
 * The kernel path with the inbox's two newer task Updates: an approver comments without a verdict, a
 * manager reassigns the claimed sign-off, and the new holder approves it.
 */
const commentedReassignedScenario: Scenario = async (env, taskQueue) => {
  const input = appointmentInput({
    candidateIds: [`CB-REPLAY-${randomUUID().slice(0, 6)}`],
    signOff: [{ key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] }],
  });
  const handle = await startAppointment(env, taskQueue, input);
  for (let i = 1; i <= 3; i++) await holdConference(env, handle, i, 5);
  await statusWhen(handle, (s) => s.stage === 'sign_off');
  const taskKey = 'r1-standing';
  await handle.executeUpdate(commentTaskUpdate, {
    args: [{ actor: actor('U-B'), taskKey, comment: 'Đề nghị bổ sung bản kê khai tài sản' }],
  });
  await handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor('U-A'), taskKey }] });
  await handle.executeUpdate(reassignTaskUpdate, {
    args: [{ actor: actor('U-BTC', ['org_office']), taskKey, toUserId: 'U-B', reason: 'U-A nghỉ phép' }],
  });
  await handle.executeUpdate(decideTaskUpdate, {
    args: [{ actor: actor('U-B'), taskKey, verdict: 'approve' }],
  });
  await handle.executeUpdate(issueDecisionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), number: '12/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
  });
  return env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, { followRuns: false });
};

/**
 * Every task Update once their answer is a TaskChange (the command's tasks, state, stage and journal
 * position, not the whole status): a comment, a claim given back and taken by another, a stand-in named,
 * the task reassigned by a manager and approved by its new holder, then the decision.
 */
const taskChangeScenario: Scenario = async (env, taskQueue) => {
  const input = appointmentInput({
    candidateIds: [`CB-REPLAY-${randomUUID().slice(0, 6)}`],
    signOff: [{ key: 'standing', label: 'Thường trực', assigneeIds: ['U-A', 'U-B'] }],
  });
  const handle = await startAppointment(env, taskQueue, input);
  for (let i = 1; i <= 3; i++) await holdConference(env, handle, i, 5);
  await statusWhen(handle, (s) => s.stage === 'sign_off');
  const taskKey = 'r1-standing';
  const today = vietnamDate(new Date().toISOString());
  await handle.executeUpdate(commentTaskUpdate, {
    args: [{ actor: actor('U-B'), taskKey, comment: 'Đề nghị bổ sung bản kê khai tài sản' }],
  });
  await handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor('U-A'), taskKey }] });
  await handle.executeUpdate(unclaimTaskUpdate, { args: [{ actor: actor('U-A'), taskKey }] });
  await handle.executeUpdate(claimTaskUpdate, { args: [{ actor: actor('U-B'), taskKey }] });
  await handle.executeUpdate(delegateTaskUpdate, {
    args: [
      {
        actor: actor('U-B'),
        taskKey,
        toUserId: 'U-C',
        validFrom: today,
        validUntil: today,
        reason: 'Đi họp',
      },
    ],
  });
  await handle.executeUpdate(reassignTaskUpdate, {
    args: [{ actor: actor('U-BTC', ['org_office']), taskKey, toUserId: 'U-A', reason: 'U-B nghỉ phép' }],
  });
  await handle.executeUpdate(decideTaskUpdate, {
    args: [{ actor: actor('U-A'), taskKey, verdict: 'approve' }],
  });
  await handle.executeUpdate(issueDecisionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), number: '13/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
  });
  return env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, { followRuns: false });
};

/**
 * A rotation through its consultation and sign-off to the decision, the hand-over, the first yearly
 * evaluation (a year of 3 s) and an early end: every stage of the kind but the end of term.
 */
const rotationDecidedScenario: Scenario = async (env, taskQueue) => {
  const input = rotationInput({
    cadreId: `CB-REPLAY-${randomUUID().slice(0, 6)}`,
    timing: {
      taskWorkingDays: 10,
      reminderWorkingDays: 2,
      conferenceDeadlineMs: 60_000,
      workingDayMs: 3_600_000,
      yearMs: 3_000,
    },
  });
  const handle = await startRotation(env, taskQueue, input);
  await holdConsultation(env, handle, 6);
  await rotationWhen(handle, (s) => s.stage === 'sign_off');
  await handle.executeUpdate(decideTaskUpdate, {
    args: [{ actor: actor('U-TCNV'), taskKey: 'r1-org-office', verdict: 'approve' }],
  });
  await handle.executeUpdate(issueRotationDecisionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), number: '11/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
  });
  await handle.executeUpdate(confirmHandOverUpdate, { args: [{ actor: actor('U-QA') }] });
  await rotationWhen(handle, (s) => s.tasks.some((t) => t.key === 'evaluation-1'));
  await handle.executeUpdate(evaluateRotationUpdate, {
    args: [{ actor: actor('U-QA'), year: 1, rating: 'good', comment: 'Hoàn thành tốt nhiệm vụ' }],
  });
  await handle.executeUpdate(endRotationEarlyUpdate, {
    args: [
      {
        actor: actor('U-BT', ['leader']),
        choice: 'return',
        postId: 'TB-PCT-UBND',
        reason: 'Kết thúc kịch bản ghi lịch sử',
        number: '12/QĐ-REPLAY',
        effectiveDate: '2027-06-01',
      },
    ],
  });
  return handle;
};

/** A rotation returned at its sign-off, resubmitted, then withdrawn by its proposer. */
const rotationWithdrawnScenario: Scenario = async (env, taskQueue) => {
  const input = rotationInput({ cadreId: `CB-REPLAY-${randomUUID().slice(0, 6)}` });
  const handle = await startRotation(env, taskQueue, input);
  await holdConsultation(env, handle, 6);
  await rotationWhen(handle, (s) => s.stage === 'sign_off');
  await handle.executeUpdate(decideTaskUpdate, {
    args: [
      { actor: actor('U-TCNV'), taskKey: 'r1-org-office', verdict: 'return', comment: 'Bổ sung nhận xét' },
    ],
  });
  await handle.executeUpdate(resubmitRotationUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), comment: 'Đã bổ sung' }],
  });
  await handle.executeUpdate(withdrawRotationUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Đơn vị nhận đã bố trí cán bộ khác' }],
  });
  return handle;
};

/**
 * A plan from the published pool: a candidate added, one taken out, both votes, approval and publication,
 * then the first yearly review (a removal) approved, which continues the plan as new.
 */
const planPublishedReviewedScenario: Scenario = async (env, taskQueue) => {
  const input = planInput({
    unitCode: `QA-REPLAY-${randomUUID().slice(0, 4)}`,
    timing: { ...planInput().timing, yearMs: 3_000 },
  });
  const handle = await startPlan(env, taskQueue, input);
  await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
  await handle.executeUpdate(addPlanCandidateUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), postCode: 'QA-CT-UBND', cadreId: 'CB-PL1' }],
  });
  await handle.executeUpdate(addPlanCandidateUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), postCode: 'QA-PBT', cadreId: 'CB-PL2' }],
  });
  await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: actor('U-HR', ['hr_officer']) }] });
  await holdPlanConference(env, handle, 1, { 'CB-PL1': 6, 'CB-PL2': 6 });
  await holdPlanConference(env, handle, 2, { 'CB-PL1': 6, 'CB-PL2': 6 });
  await planWhen(handle, (s) => s.stage === 'approval');
  const approve = (number: string) => ({
    args: [
      {
        actor: actor('U-BT', ['approver']),
        choice: 'approve' as const,
        number,
        effectiveDate: vietnamDate(new Date().toISOString()),
      },
    ] as [DecidePlanCommand],
  });
  await handle.executeUpdate(decidePlanUpdate, approve('15-QĐ/HU'));
  await planWhen(handle, (s) => s.stage === 'review', 15_000);
  await handle.executeUpdate(removePlanCandidateUpdate, {
    args: [
      {
        actor: actor('U-HR', ['hr_officer']),
        postCode: 'QA-PBT',
        cadreId: 'CB-PL2',
        reason: 'Chuyển công tác khỏi huyện',
      },
    ],
  });
  await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: actor('U-HR', ['hr_officer']) }] });
  await planWhen(handle, (s) => s.stage === 'review_approval');
  const firstRun = (await handle.describe()).runId;
  await handle.executeUpdate(decidePlanUpdate, approve('16-QĐ/HU'));
  // The first run's history (up to its continue-as-new) is what replays; the next run waits a year.
  const run = env.client.workflow.getHandle(handle.workflowId, firstRun, { followRuns: false });
  await run.result().catch((error: unknown) => {
    if (!(error instanceof WorkflowContinuedAsNewError)) throw error;
  });
  await env.client.workflow.getHandle(handle.workflowId).terminate('recorded');
  return run;
};

/** A plan returned by its signer, then withdrawn by HR before any publication. */
const planReturnedWithdrawnScenario: Scenario = async (env, taskQueue) => {
  const input = planInput({ unitCode: `QA-REPLAY-${randomUUID().slice(0, 4)}` });
  const handle = await startPlan(env, taskQueue, input);
  const hr = actor('U-HR', ['hr_officer']);
  await planWhen(handle, (s) => s.tasks.some((t) => t.key === 'compose-1'));
  await handle.executeUpdate(addPlanCandidateUpdate, {
    args: [{ actor: hr, postCode: 'QA-CT-UBND', cadreId: 'CB-PL3' }],
  });
  await handle.executeUpdate(submitPlanUpdate, { args: [{ actor: hr }] });
  await holdPlanConference(env, handle, 1, { 'CB-PL3': 6 });
  await holdPlanConference(env, handle, 2, { 'CB-PL3': 6 });
  await planWhen(handle, (s) => s.stage === 'approval');
  await handle.executeUpdate(decidePlanUpdate, {
    args: [
      { actor: actor('U-BT', ['approver']), choice: 'return', comment: 'Bổ sung cán bộ nữ, cán bộ trẻ' },
    ],
  });
  await planWhen(handle, (s) => s.stage === 'drafting');
  await handle.executeUpdate(withdrawPlanUpdate, {
    args: [{ actor: hr, reason: 'Đơn vị sáp nhập theo đề án' }],
  });
  return handle;
};

/**
 * A training class through every stage: a cadre enrolled by name and a whole unit (one skipped as
 * already holding the course), a withdrawal, the session opened and closed by its timers, attendance,
 * and the completion that writes the passed cadre's certificate to the registry.
 */
const trainingCompletedScenario: Scenario = async (env, taskQueue) => {
  const input = trainingInput({
    classCode: `CT05-REPLAY-${randomUUID().slice(0, 6)}`,
    capacity: 10,
    timing: { sessionStartsAfterMs: 3_000, sessionClosesAfterMs: 4_500 },
  });
  const handle = await startTrainingClass(env, taskQueue, input);
  await handle.executeUpdate(enrolTraineesUpdate, oneCadre('CB-0001'));
  await handle.executeUpdate(
    enrolTraineesUpdate,
    wholeUnit('DH-QA', ['CB-0002', 'CB-0003', 'CB-0004'], ['CB-0004']),
  );
  await handle.executeUpdate(withdrawTraineeUpdate, {
    args: [{ actor: HR, cadreId: 'CB-0003', reason: 'Đi công tác' }],
  });
  await trainingWhen(handle, (s) => s.stage === 'closing');
  await handle.executeUpdate(recordTrainingAttendanceUpdate, {
    args: [
      {
        actor: HR,
        entries: [
          { cadreId: 'CB-0001', attended: true },
          { cadreId: 'CB-0002', attended: false, note: 'Nghỉ ốm' },
        ],
      },
    ],
  });
  await handle.executeUpdate(completeTrainingClassUpdate, {
    args: [{ actor: HR, results: [{ cadreId: 'CB-0001', passed: true, certificateNumber: 'GCN-REPLAY-1' }] }],
  });
  return handle;
};

/**
 * A confidence vote (QĐ 96) whose first key-cadre conference misses its quorum, is convened again by its
 * secretary and votes: one holder retained, one out of planning, one at 2/3 low whose dismissal
 * proposal the collective's head accepts with a reason.
 */
const confidenceVoteScenario: Scenario = async (env, taskQueue) => {
  const input = confidenceInput({ unitCode: 'REPLAY-QA' });
  const handle = await startConfidenceVote(env, taskQueue, input);
  await attend(await conferenceOf(env, handle), KEY_CADRES.slice(0, 5));
  await confidenceWhen(handle, (s) => s.stage === 'awaiting_reconvening');
  await handle.executeUpdate(reconveneConfidenceVoteUpdate, {
    args: [{ actor: actor('KC-1'), stepIndex: 1, reason: 'Chưa đủ 2/3 số người được triệu tập' }],
  });
  await holdConfidenceConference(env, handle, [4, 5, 6], 2);
  await confidenceWhen(handle, (s) => s.dismissals.length === 1);
  await handle.executeUpdate(decideTaskUpdate, {
    args: [
      {
        actor: actor('U-BT', ['leader']),
        taskKey: 'dismissal-CB-C',
        verdict: 'approve',
        comment: 'Tập thể lãnh đạo đồng ý đề nghị cho thôi giữ chức vụ',
      },
    ],
  });
  return handle;
};

/**
 * Behind `patched('dossier-gate')`: a candidate with no dossier waits at the gate, HR adds the documents
 * in two Updates (the second completes it), then the conferences, a sign-off and the decision.
 */
const dossierCompletedScenario: Scenario = async (env, taskQueue) => {
  const cadre = `${NO_DOSSIER_PREFIX}${randomUUID().slice(0, 6)}`;
  const input = appointmentInput({
    candidateIds: [cadre],
    signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-TCNV'] }],
  });
  const handle = await startAppointment(env, taskQueue, input);
  await statusWhen(handle, (s) => s.stage === 'awaiting_dossier');
  const documents = completeDossier(cadre);
  const hr = actor('U-HR', ['hr_officer']);
  await handle.executeUpdate(addDossierDocumentsUpdate, {
    args: [{ actor: hr, documents: documents.slice(0, 3) }],
  });
  await handle.executeUpdate(addDossierDocumentsUpdate, {
    args: [{ actor: hr, documents: documents.slice(3) }],
  });
  for (let i = 1; i <= 3; i++) await holdConference(env, handle, i, 5);
  await statusWhen(handle, (s) => s.stage === 'sign_off');
  await handle.executeUpdate(decideTaskUpdate, {
    args: [{ actor: actor('U-TCNV'), taskKey: 'r1-org-office', verdict: 'approve' }],
  });
  await handle.executeUpdate(issueDecisionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), number: '11/QĐ-REPLAY', effectiveDate: '2027-01-01' }],
  });
  return env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId, { followRuns: false });
};

/** Behind `patched('dossier-gate')`: a rotation whose cadre has no dossier, excused by the signer, then withdrawn. */
const rotationDossierExcusedScenario: Scenario = async (env, taskQueue) => {
  const input = rotationInput({ cadreId: `${NO_DOSSIER_PREFIX}${randomUUID().slice(0, 6)}` });
  const handle = await startRotation(env, taskQueue, input);
  await rotationWhen(handle, (s) => s.stage === 'awaiting_dossier');
  await handle.executeUpdate(grantDossierExceptionUpdate, {
    args: [{ actor: actor('U-BT', ['leader']), reason: 'Giấy khám sức khỏe sẽ nộp bổ sung sau hội nghị' }],
  });
  await rotationWhen(handle, (s) => s.stage === 'consultation');
  await handle.executeUpdate(withdrawRotationUpdate, {
    args: [{ actor: actor('U-HR', ['hr_officer']), reason: 'Kết thúc kịch bản ghi lịch sử hồ sơ' }],
  });
  return handle;
};

const SCENARIOS: Record<string, Scenario> = {
  'appointment-dossier-completed-decided.json': dossierCompletedScenario,
  'rotation-dossier-excused-withdrawn.json': rotationDossierExcusedScenario,
  'webhook-refused-paused-replayed-stopped.json': webhookScenario,
  'notification-batches-polled-continued.json': notificationScenario,
  'confidence-vote-reconvened-dismissal-accepted.json': confidenceVoteScenario,
  'training-class-enrolled-attended-completed.json': trainingCompletedScenario,
  'plan-published-reviewed-continued.json': planPublishedReviewedScenario,
  'plan-returned-withdrawn.json': planReturnedWithdrawnScenario,
  'rotation-decided-evaluated-ended-early.json': rotationDecidedScenario,
  'rotation-returned-resubmitted-withdrawn.json': rotationWithdrawnScenario,
  'appointment-kernel-claimed-decided.json': kernelScenario,
  // The same path once the decision's answer waits for the assignment (patch decision-answers-produced-state).
  'appointment-decision-answers-appointed.json': kernelScenario,
  'appointment-reconvened-after-quorum.json': reconvenedScenario,
  'appointment-commented-reassigned-decided.json': commentedReassignedScenario,
  'appointment-task-change-answers.json': taskChangeScenario,
  'appointment-returned-resubmitted-decided.json': appointmentScenario('decided'),
  'appointment-returned-resubmitted-withdrawn.json': appointmentScenario('withdrawn'),
  'conference-tie-decided-by-head.json': conferenceTieScenario,
  'conference-refused-commands-then-tie-decided.json': conferenceRefusedScenario,
  // The same paths once the journal is written by local activity (patch journal-by-local-activity).
  'appointment-local-journal-task-answers.json': taskChangeScenario,
  'rotation-local-journal-decided-evaluated.json': rotationDecidedScenario,
  'conference-local-journal-tie-decided.json': conferenceTieScenario,
  'confidence-vote-local-journal-reconvened.json': confidenceVoteScenario,
};

async function main(): Promise<void> {
  const server = process.env.TEST_TEMPORAL_ADDRESS
    ? undefined
    : await startTemporalDevServer({
        dbFile: join(mkdtempSync(join(tmpdir(), 'histories-')), 'temporal.db'),
        port: await freePort(),
        uiPort: await freePort(),
        namespace: 'default',
        headless: true,
      });
  if (server) process.env.TEST_TEMPORAL_ADDRESS = server.address;
  const { env, bundle } = await connectTestEnvironment();
  try {
    for (const [file, scenario] of Object.entries(SCENARIOS)) {
      const path = join(__dirname, '..', 'histories', file);
      // Committed histories stand for runs already in production: keep them unless told otherwise.
      if (existsSync(path) && !process.argv.includes('--overwrite')) {
        process.stdout.write(`kept ${path}\n`);
        continue;
      }
      const activities = {
        ...new RecordingActivities().activities,
        ...new AppointmentRecorder().activities,
        ...new RotationRecorder().activities,
        ...new PlanRecorder().activities,
        ...new TrainingRecorder().activities,
        ...new ConfidenceRecorder().activities,
        ...new WebhookRecorder().activities,
        ...new NotificationRecorder().activities,
      };
      await runWithWorker(env, bundle, activities, async (taskQueue) => {
        const handle = await scenario(env, taskQueue);
        // A run that continued as new (into the term) is complete: its own history is what replays.
        await handle.result().catch((error: unknown) => {
          if (!(error instanceof WorkflowContinuedAsNewError)) throw error;
        });
        const history = await handle.fetchHistory();
        writeFileSync(path, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
        process.stdout.write(`recorded ${path} (${history.events?.length} events)\n`);
      });
    }
  } finally {
    await env.teardown();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
